package de.kundenstimme.presentation.reporting;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import de.kundenstimme.reporting.boundary.LeadershipReports;
import de.kundenstimme.reporting.control.Period;
import de.kundenstimme.reporting.control.ReportArchive;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The executives' report archive: request a report for a period, watch its progress, restart, download. */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeadershipReports reports;

    @Inject
    BusinessTime time;

    @Inject
    FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private transient List<ReportArchive.Report> recent;

    public void open() throws IOException {
        if (from == null) {
            Period lastMonth = Period.month(time.today().minusMonths(1));
            from = lastMonth.from();
            to = lastMonth.to();
        }
        try {
            recent = reports.recent();
        } catch (AccessDenied denied) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void request() {
        try {
            reports.request(new Period(from, to));
            messages.info("reporting.report.requested");
        } catch (IllegalArgumentException e) {
            messages.error(to.isBefore(from) ? "reporting.period.backwards" : "reporting.period.tooLong");
        }
        recent = null;
    }

    public void restart(long id) {
        try {
            reports.restart(id);
            messages.info("reporting.report.restarted");
        } catch (InvalidInput invalid) {
            invalid.fieldMessageKeys().values().forEach(messages::error);
        }
        recent = null;
    }

    /** Re-read on every poll while a report runs, so the progress bar moves. */
    public List<ReportArchive.Report> getRecent() {
        if (recent == null) {
            recent = reports.recent();
        }
        return recent;
    }

    public void refresh() {
        recent = null;
    }

    public boolean isAnyRunning() {
        return getRecent().stream().anyMatch(r -> r.status() == ReportArchive.Status.RUNNING
                || r.status() == ReportArchive.Status.REQUESTED);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
