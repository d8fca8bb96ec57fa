package org.fabrique.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresInAMinuteLockNothing() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), throttle.failed("pole", "10.0.0.1"));
        }
        assertEquals(Optional.empty(), throttle.waitFor("pole", "10.0.0.1"));
    }

    @Test
    void theFifthFailureWithinAMinuteLocksThePairFor30Seconds() {
        fail("pole", "10.0.0.1", 4);
        Optional<LoginThrottle.Lock> lock = throttle.failed("pole", "10.0.0.1");
        assertEquals(Duration.ofSeconds(30), lock.orElseThrow().duration());
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitFor("pole", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(29));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("pole", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.waitFor("pole", "10.0.0.1"), "the delay is over: the right password works");
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteLockNothing() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), throttle.failed("pole", "10.0.0.1"));
            clock.advance(Duration.ofSeconds(16));
        }
    }

    @Test
    void eachNewLockDoublesUpTo15Minutes() {
        long[] expected = {30, 60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            fail("pole", "10.0.0.1", 4);
            assertEquals(Duration.ofSeconds(seconds), throttle.failed("pole", "10.0.0.1").orElseThrow().duration());
            clock.advance(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void anHourOfQuietMakesTheNextLockShortAgain() {
        fail("pole", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(30));
        fail("pole", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(61));
        fail("pole", "10.0.0.1", 4);
        assertEquals(Duration.ofSeconds(30), throttle.failed("pole", "10.0.0.1").orElseThrow().duration());
    }

    @Test
    void aLockedPairDoesNotLockTheSameAccountFromAnotherAddress() {
        fail("pole", "10.0.0.66", 5);
        assertTrue(throttle.waitFor("pole", "10.0.0.66").isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("pole", "10.0.0.1"));
    }

    @Test
    void anAttackerOnManyAddressesLocksTheAccountOneMinuteAtMostAndNeverWhereItsOwnerSignsIn() {
        throttle.succeeded("pole", "10.0.0.1"); // the owner's usual address
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 20; i++) {
                throttle.failed("pole", "192.0.2." + (round * 20 + i));
            }
            Duration wait = throttle.waitFor("pole", "198.51.100.7").orElseThrow();
            assertTrue(wait.compareTo(Duration.ofMinutes(1)) <= 0, "at most a minute from a new address: " + wait);
            assertEquals(Optional.empty(), throttle.waitFor("pole", "10.0.0.1"), "never from the owner's address");
            clock.advance(wait);
        }
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedButNotForAnAccountThatSignedInThere() {
        throttle.succeeded("direction", "10.0.0.9");
        for (int i = 0; i < 29; i++) {
            assertEquals(Optional.empty(), throttle.failed("user" + i, "10.0.0.9"));
        }
        assertEquals(Duration.ofMinutes(1), throttle.failed("user29", "10.0.0.9").orElseThrow().duration());
        assertTrue(throttle.waitFor("someone-else", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("direction", "10.0.0.9"));
        assertEquals(Optional.empty(), throttle.waitFor("someone-else", "10.0.0.10"));
    }

    @Test
    void aSuccessForgetsThePairsFailures() {
        fail("pole", "10.0.0.1", 4);
        throttle.succeeded("pole", "10.0.0.1");
        fail("pole", "10.0.0.1", 4);
        assertEquals(Optional.empty(), throttle.waitFor("pole", "10.0.0.1"));
    }

    @Test
    void trustLastsThirtyDays() {
        throttle.succeeded("pole", "10.0.0.1");
        clock.advance(Duration.ofDays(31));
        fail("x", "10.0.0.1", 30);
        assertTrue(throttle.waitFor("pole", "10.0.0.1").isPresent());
    }

    @Test
    void aFloodOfMadeUpNamesStaysWithinBounds() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 10_000; i++) {
            throttle.failed("name" + i, "203.0.113." + (i % 250));
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMinutes(2));
            }
        }
        assertTrue(throttle.keys() <= LoginThrottle.MAX_KEYS + 1000, "keys: " + throttle.keys());
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
