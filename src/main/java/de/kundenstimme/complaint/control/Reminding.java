package de.kundenstimme.complaint.control;

import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.DeadlineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/** Reminds the owner of one case before a deadline, in a transaction of its own. */
@ApplicationScoped
public class Reminding {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeadlineNotices notices;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(long complaintId, DeadlineKind kind, Instant now) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        User owner = complaint.getOwner();
        if (owner == null) {
            return false;
        }
        LocalDate deadline = kind == DeadlineKind.ACKNOWLEDGEMENT ? complaint.getAcknowledgementDue() : complaint.getResolutionDue();
        notices.remind(complaint, owner, kind, deadline, now);
        return true;
    }
}
