package de.kundenstimme.correspondence.boundary;

import de.kundenstimme.complaint.boundary.DeadlineSweepTimer;
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
 * Drafts due follow-up letters on the deadline sweep's rhythm (KUNDENSTIMME_SWEEP_MINUTES,
 * default 15, 0 switches it off). One run at a time.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FollowUpLetterTimer {

    @Resource
    TimerService timerService;

    @Inject
    FollowUpLetters followUps;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        int minutes = DeadlineSweepTimer.minutes();
        if (minutes > 0) {
            timerService.createIntervalTimer(Duration.ofMinutes(2).toMillis(), Duration.ofMinutes(minutes).toMillis(),
                    new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (running.compareAndSet(false, true)) {
            try {
                followUps.draftDue();
            } finally {
                running.set(false);
            }
        }
    }
}
