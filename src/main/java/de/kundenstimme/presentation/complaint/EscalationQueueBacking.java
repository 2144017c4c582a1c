package de.kundenstimme.presentation.complaint;

import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.boundary.Escalations;
import de.kundenstimme.complaint.boundary.StaleCase;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.Escalation;
import de.kundenstimme.complaint.entity.LifecycleViolation;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The manager's escalation queue: oldest first, with the reasons, and clearing in place. */
@Named
@ViewScoped
public class EscalationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Escalations escalations;

    @Inject
    Complaints complaints;

    @Inject
    FacesMessages messages;

    private final LazyDataModel<Complaint> queue = new Queue();
    private transient Map<Long, List<Escalation>> openEscalations = new HashMap<>();
    private transient Map<Long, Long> earlierComplaints = new HashMap<>();
    private String clearingCaseNumber;
    private long clearingVersion;
    private String clearReason;

    public LazyDataModel<Complaint> getQueue() {
        return queue;
    }

    public List<Escalation> escalationsOf(Complaint complaint) {
        return openEscalations == null ? List.of() : openEscalations.getOrDefault(complaint.getId(), List.of());
    }

    public long earlierComplaintsOf(Complaint complaint) {
        return earlierComplaints == null ? 0 : earlierComplaints.getOrDefault(complaint.getId(), 0L);
    }

    public java.time.LocalDate getToday() {
        return complaints.today();
    }

    /** Age in calendar days since receipt. */
    public long ageInDays(Complaint complaint) {
        return ChronoUnit.DAYS.between(BusinessTime.dateOf(complaint.getReceivedAt()), complaints.today());
    }

    public void prepareClear(String caseNumber, long version) {
        clearingCaseNumber = caseNumber;
        clearingVersion = version;
        clearReason = null;
    }

    public void clear() {
        try {
            escalations.clear(clearingCaseNumber, clearingVersion, clearReason);
            messages.info("complaint.escalation.cleared", clearingCaseNumber);
            return;
        } catch (StaleCase stale) {
            messages.error("complaint.case.conflict");
        } catch (LifecycleViolation refused) {
            messages.refused(refused);
        } catch (ConstraintViolationException invalid) {
            messages.invalid(invalid, null);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getClearingCaseNumber() {
        return clearingCaseNumber;
    }

    public String getClearReason() {
        return clearReason;
    }

    public void setClearReason(String clearReason) {
        this.clearReason = clearReason;
    }

    private class Queue extends LazyDataModel<Complaint> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, escalations.queueSize());
        }

        @Override
        public List<Complaint> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<Complaint> page = escalations.queue(first, pageSize);
            openEscalations = escalations.openEscalationsOf(page);
            earlierComplaints = escalations.earlierComplaintsOf(page);
            return page;
        }

        @Override
        public String getRowKey(Complaint complaint) {
            return complaint.getCaseNumber();
        }
    }
}
