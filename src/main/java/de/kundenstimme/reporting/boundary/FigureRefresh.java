package de.kundenstimme.reporting.boundary;

import de.kundenstimme.complaint.boundary.DeadlineSweepTimer;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.reporting.control.BusinessCalendar;
import de.kundenstimme.reporting.control.DailyFigures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes the daily figures of changed days in the background every minute while the deadline
 * sweep runs at all (KUNDENSTIMME_SWEEP_MINUTES not 0), so whoever opens the dashboard next finds
 * little left to do, also after a bulk load. Figures are brought up to date before each
 * computation anyway; this only moves the work off the user's request.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FigureRefresh {

    private static final Logger LOG = Logger.getLogger(FigureRefresh.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    DailyFigures daily;

    @Inject
    BusinessCalendar calendar;

    @Inject
    BusinessTime time;

    @PostConstruct
    void schedule() {
        if (DeadlineSweepTimer.minutes() > 0) {
            long minute = Duration.ofMinutes(1).toMillis();
            timerService.createIntervalTimer(minute, minute, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            calendar.coverConfiguredRegion(time.today());
            daily.refresh();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "Daily figures not refreshed; the next tick tries again", e);
        }
    }
}
