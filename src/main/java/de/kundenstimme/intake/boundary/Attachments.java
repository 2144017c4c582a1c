package de.kundenstimme.intake.boundary;

import de.kundenstimme.complaint.boundary.CaseNotFound;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.intake.entity.ComplaintAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The files customers sent with a case, for those who may see the case and nobody else. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Attachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    /** A case's attachments without their content, oldest first. */
    public List<Listed> of(Complaint complaint) {
        return em.createQuery("select new " + Listed.class.getName()
                        + "(a.id, a.fileName, a.sizeBytes, a.receivedAt) from ComplaintAttachment a"
                        + " where a.complaintId = :complaintId order by a.id", Listed.class)
                .setParameter("complaintId", complaint.getId())
                .getResultList();
    }

    /** One attachment with its content, if the signed-in user may see its case; otherwise "not found". */
    public ComplaintAttachment forDownload(long attachmentId) {
        ComplaintAttachment attachment = em.find(ComplaintAttachment.class, attachmentId);
        Complaint complaint = attachment == null ? null : em.find(Complaint.class, attachment.getComplaintId());
        if (complaint == null || !complaints.isVisible(complaint)) {
            throw new CaseNotFound(String.valueOf(attachmentId));
        }
        return attachment;
    }

    /** An attachment as the case screen lists it. */
    public record Listed(long id, String fileName, int sizeBytes, Instant receivedAt) {
    }
}
