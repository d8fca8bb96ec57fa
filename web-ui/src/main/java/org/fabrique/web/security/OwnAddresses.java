package org.fabrique.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * The addresses Fabrique sends back ({@code Location} of redirects and of created records) never come
 * from the request's {@code Host} header, which anyone can forge: they are the configured public address
 * {@code FABRIQUE_BASE_URL} followed by the path, or, when none is configured, the path alone (a relative
 * reference, which browsers and HTTP clients resolve against the address they asked).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OwnAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient String configured = SameOriginWrites.origin(System.getenv("FABRIQUE_BASE_URL"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Rewriting(request, response, configured));
    }

    /**
     * Where a {@code Location} should point: an address on another host than the request's own is left alone
     * (a link elsewhere, chosen by the application); one on the request's own host, or relative, becomes
     * {@code origin + path} or the path alone.
     */
    static String rewrite(String location, String requestHost, String requestUri, String origin) {
        if (location == null || location.isEmpty()) {
            return location;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        String path;
        if (uri.isAbsolute()) {
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    .equals(requestHost == null ? null : requestHost.toLowerCase(Locale.ROOT))) {
                return location;
            }
            path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } else if (location.startsWith("//")) {
            return location;
        } else if (location.startsWith("/")) {
            path = location;
        } else {
            path = URI.create(requestUri).resolve(location).toString();
        }
        return origin == null ? path : origin + path;
    }

    /** A response whose redirects and {@code Location} headers are rewritten. */
    static final class Rewriting extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String origin;

        Rewriting(HttpServletRequest request, HttpServletResponse response, String origin) {
            super(response);
            this.request = request;
            this.origin = origin;
        }

        private String own(String location) {
            return rewrite(location, request.getHeader("Host"), request.getRequestURI(), origin);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? own(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? own(value) : value);
        }
    }
}
