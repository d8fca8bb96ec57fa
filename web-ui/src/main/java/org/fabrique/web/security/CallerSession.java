package org.fabrique.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The account a browser session belongs to, kept as a session attribute. The authentication
 * mechanism reads it on each request; the account itself is re-read so that disabling an account
 * or changing its role takes effect at once.
 */
final class CallerSession {

    static final String ATTRIBUTE = "org.fabrique.caller";

    private CallerSession() {
    }

    static String username(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    /** Starts the caller's session under a new id (no session fixation). */
    static void start(HttpServletRequest request, String username) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, username);
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
