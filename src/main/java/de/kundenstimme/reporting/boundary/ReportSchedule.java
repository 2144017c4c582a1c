package de.kundenstimme.reporting.boundary;

import de.kundenstimme.administration.control.Settings;
import de.kundenstimme.complaint.control.DeadlineCalculator;
import de.kundenstimme.complaint.control.FederalState;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.reporting.control.MonthlyReportDay;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every morning at 06:00 German time: on the first business day of a month (weekends and the
 * configured state's holidays skipped) the leadership report for the previous month is started.
 */
@Singleton
public class ReportSchedule {

    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @Inject
    LeadershipReports reports;

    @Inject
    Settings settings;

    @Inject
    BusinessTime time;

    @Schedule(hour = "6", minute = "0", timezone = "Europe/Berlin", persistent = false)
    void morning() {
        LocalDate today = time.today();
        FederalState region = FederalState.valueOf(settings.all().getOrDefault("holiday.region", "NW"));
        if (MonthlyReportDay.isToday(new DeadlineCalculator(region), today)) {
            LOG.info(() -> "Starting the monthly leadership report for " + MonthlyReportDay.periodFor(today));
            reports.requestScheduled(MonthlyReportDay.periodFor(today));
        }
    }
}
