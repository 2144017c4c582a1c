package de.kundenstimme.presentation.reporting;

import de.kundenstimme.administration.entity.Category;
import de.kundenstimme.complaint.boundary.Complaints;
import de.kundenstimme.complaint.control.ComplaintFilter;
import de.kundenstimme.complaint.control.ComplaintSort;
import de.kundenstimme.complaint.entity.Channel;
import de.kundenstimme.complaint.entity.Complaint;
import de.kundenstimme.reporting.boundary.Reporting;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The cases behind a bar of the dashboard, for managers only: the complaint search, which keeps
 * to the manager's own department, narrowed to the bar's period, channel or category.
 */
@Named
@ViewScoped
public class FigureCasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    Reporting reporting;

    @Inject
    Complaints complaints;

    @PersistenceContext
    EntityManager em;

    private String from;
    private String to;
    private String channel;
    private String category;
    private transient List<Complaint> cases;
    private long total;

    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!reporting.mayDrillDown()) {
            faces.getExternalContext().responseSendError(403, "");
            faces.responseComplete();
            return;
        }
        if (from == null || to == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        try {
            ComplaintFilter filter = new ComplaintFilter(ComplaintFilter.Scope.DEPARTMENT, null, categoryId(),
                    channel == null || channel.isBlank() ? null : Channel.valueOf(channel), null, null,
                    LocalDate.parse(from), LocalDate.parse(to), null);
            total = complaints.count(filter);
            cases = complaints.list(filter, ComplaintSort.RECEIVED_AT, false, 0, SHOWN);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    private Long categoryId() {
        if (category == null || category.isBlank()) {
            return null;
        }
        return em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("code", category)
                .getResultStream().findFirst().map(Category::getId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown category " + category));
    }

    public List<Complaint> getCases() {
        return cases;
    }

    public long getTotal() {
        return total;
    }

    public boolean isLimited() {
        return total > SHOWN;
    }

    public int getShown() {
        return SHOWN;
    }

    public LocalDate getFromDate() {
        return LocalDate.parse(from);
    }

    public LocalDate getToDate() {
        return LocalDate.parse(to);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
