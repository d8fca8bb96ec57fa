package org.fabrique.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerSessionTest {

    private static final long HOUR = 3_600_000L;

    @Test
    void a_session_signed_in_less_than_twelve_hours_ago_goes_on() {
        assertFalse(CallerSession.tooOld(0, 12 * HOUR - 1));
    }

    @Test
    void twelve_hours_after_signing_in_the_session_ends_whatever_the_activity() {
        assertTrue(CallerSession.tooOld(0, 12 * HOUR));
        assertTrue(CallerSession.tooOld(0, 30 * HOUR));
    }
}
