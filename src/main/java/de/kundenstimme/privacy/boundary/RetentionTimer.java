package de.kundenstimme.privacy.boundary;

import de.kundenstimme.complaint.boundary.DeadlineSweepTimer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the retention job daily at 02:30 German time. Off where the deadline sweep's timer is off
 * (KUNDENSTIMME_SWEEP_MINUTES=0, as in the tests, which run it themselves). One run at a time.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionTimer {

    @Resource
    TimerService timerService;

    @Inject
    Retention retention;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (DeadlineSweepTimer.minutes() > 0) {
            timerService.createCalendarTimer(new ScheduleExpression().hour(2).minute(30).timezone("Europe/Berlin"),
                    new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (running.compareAndSet(false, true)) {
            try {
                retention.run();
            } finally {
                running.set(false);
            }
        }
    }
}
