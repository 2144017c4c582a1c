package de.kundenstimme.complaint.boundary;

import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.control.GoodwillLimits;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.GoodwillDecision;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goodwill (Kulanz) on a case: handlers and managers of the case's department propose it,
 * managers decide what lies above the proposer's limit. Limits come from the admin settings.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Goodwills {

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    GoodwillLimits limits;

    public Goodwill propose(@NotBlank String caseNumber,
                            @NotNull(message = "{complaint.goodwill.required}") @Valid GoodwillRequest request) {
        Complaint complaint = complaints.find(caseNumber);
        Goodwill goodwill = complaint.proposeGoodwill(request.kind(), request.amount(), request.description().strip(),
                limits.of(currentUser.user()), currentUser.username(), time.now());
        em.flush();
        return goodwill;
    }

    /** A manager of the case's department, not the proposer, approves within their limit or declines with a reason. */
    public Goodwill decide(@NotBlank String caseNumber, long goodwillId, long expectedVersion,
                           @NotNull(message = "{complaint.goodwill.decision.required}") GoodwillDecision decision,
                           @Size(max = 2000, message = "{complaint.goodwill.reason.size}") String reason) {
        Complaint complaint = complaints.find(caseNumber);
        requireManager();
        Goodwill goodwill = complaint.getGoodwill().stream()
                .filter(g -> g.getId() == goodwillId)
                .findFirst()
                .orElseThrow(() -> new GoodwillNotFound(caseNumber, goodwillId));
        if (goodwill.getVersion() != expectedVersion) {
            throw new StaleGoodwill(goodwillId, goodwill.getVersion());
        }
        if (decision == GoodwillDecision.DECLINE && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "complaint.goodwill.reasonRequired");
        }
        String manager = currentUser.username();
        if (decision == GoodwillDecision.APPROVE) {
            complaint.approveGoodwill(goodwill, limits.of(currentUser.user()), reason, manager, time.now());
        } else {
            complaint.declineGoodwill(goodwill, reason, manager, time.now());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleGoodwill(goodwillId, expectedVersion + 1);
        }
        return goodwill;
    }

    /** The manager's approval list: pending proposals of their department, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Goodwill> pendingApprovals() {
        requireManager();
        User manager = currentUser.user();
        if (manager.getDepartment() == null) {
            return List.of();
        }
        return em.createNamedQuery(Goodwill.PENDING_OF_DEPARTMENT, Goodwill.class)
                .setParameter("departmentId", manager.getDepartment().getId())
                .setHint("jakarta.persistence.fetchgraph", em.getEntityGraph(Goodwill.WITH_CASE_AND_CUSTOMER))
                .getResultList();
    }

    /** What the signed-in user may grant alone, for the screens to say before they propose. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal limitOfCurrentUser() {
        return limits.of(currentUser.user());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayDecide() {
        return currentUser.is(Role.MANAGER);
    }

    private void requireManager() {
        if (!currentUser.is(Role.MANAGER)) {
            throw new NotPermitted("complaint.goodwill.managersOnly");
        }
    }
}
