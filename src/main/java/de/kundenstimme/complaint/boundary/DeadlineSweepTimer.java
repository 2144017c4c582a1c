package de.kundenstimme.complaint.boundary;

import de.kundenstimme.complaint.control.DeadlineSweep;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the deadline sweep every KUNDENSTIMME_SWEEP_MINUTES minutes (default 15; 0 switches the
 * timer off, as the tests do to run it themselves). One run at a time; a tick that finds a run
 * still busy is skipped.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineSweepTimer {

    private static final int DEFAULT_MINUTES = 15;

    @Resource
    TimerService timerService;

    @Inject
    DeadlineSweep sweep;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        int minutes = minutes();
        if (minutes > 0) {
            long interval = Duration.ofMinutes(minutes).toMillis();
            timerService.createIntervalTimer(Duration.ofMinutes(1).toMillis(), interval, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (running.compareAndSet(false, true)) {
            try {
                sweep.sweep();
            } finally {
                running.set(false);
            }
        }
    }

    /** The sweep's interval in minutes; 0 means off. Other timed work follows the same rhythm. */
    public static int minutes() {
        String value = System.getenv("KUNDENSTIMME_SWEEP_MINUTES");
        try {
            return value == null || value.isBlank() ? DEFAULT_MINUTES : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }
}
