package de.kundenstimme.presentation.complaint;

import de.kundenstimme.complaint.boundary.CaseNotFound;
import de.kundenstimme.complaint.boundary.GoodwillNotFound;
import de.kundenstimme.complaint.boundary.Goodwills;
import de.kundenstimme.complaint.boundary.NotPermitted;
import de.kundenstimme.complaint.boundary.StaleGoodwill;
import de.kundenstimme.complaint.entity.Goodwill;
import de.kundenstimme.complaint.entity.GoodwillDecision;
import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The manager's list of goodwill proposals of their department waiting for a decision, oldest first. */
@Named
@ViewScoped
public class GoodwillApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Goodwills goodwills;

    @Inject
    BusinessTime time;

    @Inject
    FacesMessages messages;

    private transient List<Goodwill> pending;
    private transient BigDecimal limit;
    private String caseNumber;
    private Long goodwillId;
    private long goodwillVersion;
    private GoodwillDecision decision;
    private String reason;

    /** Only managers decide goodwill; the server refuses everyone else, not only the menu. */
    public void open() throws IOException {
        try {
            getPending();
        } catch (NotPermitted notPermitted) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<Goodwill> getPending() {
        if (pending == null) {
            pending = goodwills.pendingApprovals();
        }
        return pending;
    }

    public BigDecimal getLimit() {
        if (limit == null) {
            limit = goodwills.limitOfCurrentUser();
        }
        return limit;
    }

    public boolean withinMyLimit(Goodwill goodwill) {
        return Goodwill.withinLimit(goodwill.getAmount(), getLimit());
    }

    public boolean isOwn(Goodwill goodwill) {
        return goodwill.getProposedBy().equalsIgnoreCase(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /** Days the proposal has waited, for the oldest-first list. */
    public long ageInDays(Instant proposedAt) {
        return Math.max(0, Duration.between(proposedAt, time.now()).toDays());
    }

    public void prepare(String forCase, long id, long version, GoodwillDecision chosen) {
        caseNumber = forCase;
        goodwillId = id;
        goodwillVersion = version;
        decision = chosen;
        reason = null;
    }

    public void decide() {
        if (goodwillId == null) {
            // The dialog's button without a proposal chosen in the list: only a post made by hand.
            messages.error("complaint.case.nothingChosen");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            goodwills.decide(caseNumber, goodwillId, goodwillVersion, decision, reason);
            pending = null;
            messages.info(decision == GoodwillDecision.APPROVE ? "complaint.goodwill.approved" : "complaint.goodwill.declined");
            return;
        } catch (StaleGoodwill | GoodwillNotFound | CaseNotFound gone) {
            pending = null;
            messages.error("complaint.goodwill.conflict");
        } catch (NotPermitted notPermitted) {
            messages.error(notPermitted.getMessageKey());
        } catch (LifecycleViolation refused) {
            messages.refused(refused);
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, null);
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, null);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public GoodwillDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
