package org.fabrique.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.domain.AuditType;
import org.fabrique.web.shell.ErrorView;

/**
 * Cross-site request forgery closed by design: a request that changes something (any method but GET,
 * HEAD and OPTIONS), on a page or the API, is refused with 403 when the browser says it comes from
 * another site. Browsers name the page a request comes from in {@code Origin} (every {@code POST}, and any
 * request a script makes) or, failing that, in {@code Referer}; a request naming neither comes from a
 * program (curl, a script with a token or a password), which no other site can make a browser send.
 *
 * <p>Fabrique's own origin is the one the request was sent to (its scheme and {@code Host}: a browser
 * sends the real one, whatever site made it send the request) and, behind a proxy that changes them, the
 * origin of {@code FABRIQUE_BASE_URL}. The session cookie's {@code SameSite=Lax} is a second wall.
 */
@WebFilter(filterName = "sameOriginWrites", urlPatterns = "/*", asyncSupported = true)
public class SameOriginWrites extends HttpFilter {

    @Inject
    AuditLog audit;

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String configured = origin(System.getenv("FABRIQUE_BASE_URL"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        audit.record(AuditType.ACCESS_DENIED, request.getRemoteUser(), request.getRemoteAddr(),
                request.getMethod() + " " + path, "request from another site: "
                        + (request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer")));
        request.setAttribute(ErrorView.AUDITED, Boolean.TRUE);
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"A request from another site cannot change anything in Fabrique.\"}");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    boolean isSameOrigin(HttpServletRequest request) {
        String from = request.getHeader("Origin");
        if (from == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return true;
            }
            from = origin(referer);
        } else {
            from = "null".equals(from.strip()) ? "" : origin(from);
        }
        if (from == null || from.isEmpty()) {
            return false;
        }
        return from.equals(origin(request.getScheme() + "://" + request.getHeader("Host"))) || from.equals(configured);
    }

    /** {@code scheme://host[:port]} in lower case, the default port left out; null when it is no such address. */
    static String origin(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
