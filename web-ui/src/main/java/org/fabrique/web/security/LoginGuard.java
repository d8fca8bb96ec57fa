package org.fabrique.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.domain.AuditEvent;
import org.fabrique.core.domain.AuditType;

/**
 * The {@link LoginThrottle} of this server, and the audit of sign-ins: every failure, every lock, every
 * sign-in on the login page (HTTP Basic and token calls are not each an event: a script makes thousands).
 */
@ApplicationScoped
public class LoginGuard {

    /** The key under which failed token attempts of an address are counted. */
    static final String TOKEN = "(token)";

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    @Inject
    AuditLog audit;

    /** How long an attempt with this username from this address must wait, if it must. */
    public Optional<Duration> waitFor(String username, String address) {
        return throttle.waitFor(key(username), address);
    }

    public void failed(String username, String address, String reason) {
        String key = key(username);
        audit.record(AuditType.LOGIN_FAILED, TOKEN.equals(key) ? null : key, address, null, reason);
        throttle.failed(key, address).ifPresent(lock -> audit.record(AuditType.LOGIN_THROTTLED,
                TOKEN.equals(key) ? null : key, address, null,
                lock.reason() + ": refused for " + lock.duration().getSeconds() + " s"));
    }

    /** A success; {@code recorded} when it is a sign-in worth an event (the login page). */
    public void succeeded(String username, String address, boolean recorded) {
        throttle.succeeded(key(username), address);
        if (recorded) {
            audit.record(AuditType.LOGIN_SUCCEEDED, username, address, null, null);
        }
    }

    /** The username as accounts store it, cut to what the audit keeps. */
    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > AuditEvent.USERNAME_MAX_LENGTH ? key.substring(0, AuditEvent.USERNAME_MAX_LENGTH) : key;
    }
}
