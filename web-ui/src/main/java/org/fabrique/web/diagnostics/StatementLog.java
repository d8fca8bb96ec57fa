package org.fabrique.web.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * With {@code FABRIQUE_COUNT_STATEMENTS=true} (the integration tests' server, never production), writes to the log
 * how many SQL statements each request sent: {@code SQL statements: 3 for GET /api/me [id]}, where {@code id} is
 * the request's {@code X-Request-Id} header, by which a test finds its own request's line. Otherwise it does
 * nothing.
 */
@WebFilter(filterName = "statementLog", urlPatterns = "/*")
public class StatementLog extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(StatementLog.class.getName());

    private static final boolean ENABLED = "true".equalsIgnoreCase(System.getenv("FABRIQUE_COUNT_STATEMENTS"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ENABLED) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            long count = StatementCounter.count();
            String id = request.getHeader("X-Request-Id");
            String query = request.getQueryString();
            LOG.info(() -> "SQL statements: " + count + " for " + request.getMethod() + " " + request.getRequestURI()
                    + (query == null ? "" : "?" + query) + " [" + (id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", ""))
                    + "]");
        }
    }
}
