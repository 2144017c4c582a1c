package de.kundenstimme.presentation.complaint;

import de.kundenstimme.administration.entity.User;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.control.ComplaintFilter;
import de.kundenstimme.complaint.control.ComplaintSort;
import de.kundenstimme.complaint.control.RepeatComplaints;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.complaint.entity.ComplaintStatus;
import de.kundenstimme.complaint.entity.Priority;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The complaint list: my cases, my department, overdue; filters and sorting done by the database. */
@Named
@ViewScoped
public class ComplaintListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    private ComplaintFilter.Scope scope = ComplaintFilter.Scope.MINE;
    private ComplaintStatus status;
    private Long categoryId;
    private Channel channel;
    private Long ownerId;
    private Priority priority;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String subjectText;
    /** The list counts this far and pages through this many cases at most (complaint.list.moreThan names it). */
    static final int MAX_COUNTED = 10_000;

    private final LazyDataModel<Complaint> cases = new Cases();
    private boolean moreThanCounted;
    private transient List<User> owners;
    private String representing;
    private transient Map<Long, Integer> complaintsIn12Months = Map.of();

    public void resetFilters() {
        status = null;
        categoryId = null;
        channel = null;
        ownerId = null;
        priority = null;
        receivedFrom = null;
        receivedTo = null;
        subjectText = null;
    }

    /** For "my cases": the names of absent colleagues whose open cases are listed too, or empty. */
    public String getRepresenting() {
        if (representing == null) {
            representing = scope != ComplaintFilter.Scope.MINE ? "" : complaints.representedColleagues().stream()
                    .map(User::getFullName).collect(Collectors.joining(", "));
        }
        return representing;
    }

    /** Asked by the filter and every render of the table: loaded once per view. */
    public List<User> getOwners() {
        if (owners == null) {
            owners = complaints.possibleOwners();
        }
        return owners;
    }

    public LocalDate getToday() {
        return complaints.today();
    }

    /** The repeat-complainant marker of a row, counted for the whole page in one query when it loaded. */
    public boolean isRepeatComplainant(Complaint complaint) {
        return RepeatComplaints.isRepeat(complaintsIn12Months(complaint));
    }

    public int complaintsIn12Months(Complaint complaint) {
        return complaintsIn12Months == null ? 1 : complaintsIn12Months.getOrDefault(complaint.getId(), 1);
    }

    private ComplaintFilter filter() {
        return new ComplaintFilter(scope, status, categoryId, channel, ownerId, priority, receivedFrom, receivedTo,
                subjectText);
    }

    /** Pages through the database: a count and one page of rows per request, nothing more. */
    private class Cases extends LazyDataModel<Complaint> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long counted = complaints.countUpTo(filter(), MAX_COUNTED);
            moreThanCounted = counted > MAX_COUNTED;
            return (int) Math.min(counted, MAX_COUNTED);
        }

        @Override
        public List<Complaint> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ComplaintSort sort = ComplaintSort.RECEIVED_AT;
            boolean ascending = false;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta meta = sortBy.values().iterator().next();
                sort = sortOf(meta.getField());
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
            List<Complaint> page = complaints.list(filter(), sort, ascending, first, pageSize);
            complaintsIn12Months = complaints.complaintsIn12Months(page);
            return page;
        }

        @Override
        public String getRowKey(Complaint complaint) {
            return complaint.getCaseNumber();
        }

        @Override
        public Complaint getRowData(String rowKey) {
            return complaints.find(rowKey);
        }

        private ComplaintSort sortOf(String field) {
            for (ComplaintSort candidate : ComplaintSort.values()) {
                if (candidate.attribute().equals(field)) {
                    return candidate;
                }
            }
            return ComplaintSort.RECEIVED_AT;
        }
    }

    public LazyDataModel<Complaint> getCases() {
        return cases;
    }

    /** More cases match than the list counts and shows: the user narrows the filters to see the rest. */
    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }

    public ComplaintFilter.Scope getScope() {
        return scope;
    }

    public void setScope(ComplaintFilter.Scope scope) {
        this.scope = scope == null ? ComplaintFilter.Scope.MINE : scope;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public String getSubjectText() {
        return subjectText;
    }

    public void setSubjectText(String subjectText) {
        this.subjectText = subjectText;
    }
}
