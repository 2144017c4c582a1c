package de.kundenstimme.presentation.reporting;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.entity.Department;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import de.kundenstimme.reporting.boundary.Reporting;
import de.kundenstimme.reporting.control.Figures;
import de.kundenstimme.reporting.control.Period;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.ItemSelectEvent;

import de.kundenstimme.reporting.control.Share;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The dashboard: the figures of a period and department as tiles, charts and tables. Managers
 * click a bar to see the cases behind it; executives only ever get the aggregates.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reporting reporting;

    @Inject
    BusinessTime time;

    @Inject
    FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private String department;
    private transient Figures figures;
    private transient List<Department> departments;

    /** Opens on the current month so far; only managers and executives get past this. */
    public void open() throws IOException {
        if (from == null || to == null) {
            LocalDate today = time.today();
            from = today.withDayOfMonth(1);
            to = today;
        }
        try {
            departments = reporting.departments();
            if (!reporting.seesCompany() && department == null) {
                department = departments.get(0).getCode();
            }
            show();
        } catch (AccessDenied denied) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void show() {
        try {
            figures = reporting.figures(new Period(from, to), department);
        } catch (IllegalArgumentException e) {
            figures = null;
            messages.error(to.isBefore(from) ? "reporting.period.backwards" : "reporting.period.tooLong");
        } catch (InvalidInput invalid) {
            figures = null;
            invalid.fieldMessageKeys().values().forEach(messages::error);
        }
    }

    /** A bar of the volume chart: the cases of that channel received in that month of the period. */
    public void drillVolume(ItemSelectEvent event) throws IOException {
        if (!reporting.mayDrillDown() || figures == null) {
            throw new AccessDenied("reporting.drillDown.managersOnly");
        }
        YearMonth month = YearMonth.parse(getMonths().get(event.getItemIndex()));
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        redirect("from=" + start + "&to=" + end + "&channel=" + getChannels().get(event.getDataSetIndex()));
    }

    /** A bar of the top categories: that category's cases in the period. */
    public void drillCategory(ItemSelectEvent event) throws IOException {
        if (!reporting.mayDrillDown() || figures == null) {
            throw new AccessDenied("reporting.drillDown.managersOnly");
        }
        redirect("from=" + from + "&to=" + to + "&category="
                + URLEncoder.encode(figures.topCategories().get(event.getItemIndex()).key(), StandardCharsets.UTF_8));
    }

    private static void redirect(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/reporting/cases.xhtml?" + query);
    }

    public boolean isDrillDown() {
        return reporting.mayDrillDown();
    }

    public List<String> getMonths() {
        return figures.byMonth().stream().map(Figures.Count::key).toList();
    }

    public List<String> getChannels() {
        return figures.byChannel().stream().map(Figures.Count::key).sorted().toList();
    }

    public String getVolumeChart() {
        return Charts.volume(figures, getMonths(), getChannels(), channel -> text("complaint.channel." + channel));
    }

    public String getComplianceChart() {
        return Charts.compliance(figures, text("reporting.figure.acknowledgedInTime"), text("reporting.figure.resolvedInTime"));
    }

    public String getResolutionChart() {
        return Charts.bars(figures.resolutionDays().buckets().stream().map(b -> String.valueOf(b.days())).toList(),
                figures.resolutionDays().buckets().stream().map(b -> b.cases()).toList(), text("reporting.chart.cases"));
    }

    public String getTopCategoriesChart() {
        return Charts.topCategories(figures, text("reporting.chart.period"), text("reporting.chart.previousPeriod"));
    }

    public String getBacklogChart() {
        return Charts.bars(figures.backlogByAge().stream().map(b -> text("reporting.backlog.band." + b.key())).toList(),
                Charts.counts(figures.backlogByAge(), Figures.Count::cases), text("reporting.chart.openCases"));
    }

    public String getParetoCountChart() {
        return Charts.pareto(figures.rootCauses(), c -> BigDecimal.valueOf(c.cases()), this::causeName,
                text("reporting.chart.cases"), text("reporting.chart.cumulative"));
    }

    public String getParetoCostChart() {
        return Charts.pareto(figures.rootCauses(), Figures.CauseShare::goodwillEur, this::causeName,
                text("reporting.chart.goodwill"), text("reporting.chart.cumulative"));
    }

    /** A figure with one decimal in the reader's language ("0,5" or "0.5"); "–" where there is none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String percent(Share share) {
        return share.getPercent() == null ? "–" : number(share.getPercent()) + " %";
    }

    public String causeName(String cause) {
        return text(Figures.NOT_RECORDED.equals(cause) ? "reporting.rootCause.notRecorded" : "complaint.rootCause." + cause);
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "i18n");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public Figures getFigures() {
        return figures;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public boolean isCompany() {
        return reporting.seesCompany();
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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
