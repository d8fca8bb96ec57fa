package org.fabrique.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The account a browser session belongs to, kept as a session attribute. The authentication
 * mechanism reads it on each request; the account itself is re-read so that disabling an account
 * or changing its role takes effect at once. A session ends after 30 minutes without a request
 * (web.xml) and, whatever the activity, {@value #MAX_HOURS} hours after signing in.
 */
final class CallerSession {

    static final String ATTRIBUTE = "org.fabrique.caller";
    static final String SINCE = "org.fabrique.caller.since";
    static final long MAX_HOURS = 12;

    private CallerSession() {
    }

    /** The signed-in username, or null; a session signed in more than 12 hours ago is ended. */
    static String username(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object since = session.getAttribute(SINCE);
        if (since instanceof Long signedIn && tooOld(signedIn, System.currentTimeMillis())) {
            end(request);
            return null;
        }
        return (String) session.getAttribute(ATTRIBUTE);
    }

    /** Whether a sign-in at {@code signedIn} (epoch milliseconds) is past the absolute limit at {@code now}. */
    static boolean tooOld(long signedIn, long now) {
        return now - signedIn >= MAX_HOURS * 3_600_000L;
    }

    /** Starts the caller's session under a new id (no session fixation). */
    static void start(HttpServletRequest request, String username) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTRIBUTE, username);
        session.setAttribute(SINCE, System.currentTimeMillis());
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
