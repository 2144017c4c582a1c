package de.kundenstimme.testing;

import de.kundenstimme.platform.control.BusinessTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The company's clock in the test deployment: it runs with the real clock, shifted by as much as
 * a test moved it forward, so deadlines pass without real waiting. A fresh deployment starts at
 * the real time again.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TravellingTime extends BusinessTime {

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    @Override
    protected Clock clock() {
        return Clock.offset(super.clock(), shift.get());
    }

    void travel(Duration by) {
        shift.accumulateAndGet(by, Duration::plus);
    }

    void reset() {
        shift.set(Duration.ZERO);
    }
}
