package org.fabrique.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The city's calendar: today's date where the city is (Europe/Paris), which decides submission windows
 * and due dates, and the current instant, which timestamps decisions.
 */
@ApplicationScoped
public class CityClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Clock clock;

    public CityClock() {
        this(Clock.system(ZONE));
    }

    public CityClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
