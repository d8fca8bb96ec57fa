package org.fabrique.web.diagnostics;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * With {@code FABRIQUE_COUNT_STATEMENTS=true} (the integration tests' server, never production), writes to the log
 * how many SQL statements each request sent: {@code SQL statements: 3 for GET /api/me [id]}, where {@code id} is
 * the request's {@code X-Request-Id} header, by which a test finds its own request's line. A request listener
 * rather than a filter: the container calls it around the authentication too, whose account reads count.
 * Otherwise it does nothing.
 */
@WebListener
public class StatementLog implements ServletRequestListener {

    private static final Logger LOG = Logger.getLogger(StatementLog.class.getName());

    private static final boolean ENABLED = "true".equalsIgnoreCase(System.getenv("FABRIQUE_COUNT_STATEMENTS"));

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (ENABLED) {
            StatementCounter.reset();
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!ENABLED || !(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        long count = StatementCounter.count();
        String id = request.getHeader("X-Request-Id");
        String query = request.getQueryString();
        LOG.info(() -> "SQL statements: " + count + " for " + request.getMethod() + " " + request.getRequestURI()
                + (query == null ? "" : "?" + query) + " [" + (id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", ""))
                + "]");
    }
}
