package org.fabrique.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import java.io.IOException;
import org.fabrique.core.application.RequestOrigin;

/**
 * The address of the client a request comes from (the proxy's client when {@code FABRIQUE_BEHIND_PROXY}
 * says so), for the audit events the services record while serving it.
 */
@ApplicationScoped
public class ClientAddress implements RequestOrigin {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public String address() {
        return CURRENT.get();
    }

    /** Keeps the address of each request for the time it is served. */
    @WebFilter(urlPatterns = "/*", asyncSupported = true)
    public static class Keeper extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            CURRENT.set(request.getRemoteAddr());
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
            }
        }
    }
}
