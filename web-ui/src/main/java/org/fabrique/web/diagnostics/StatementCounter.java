package org.fabrique.web.diagnostics;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on each thread (persistence.xml names it as the session factory's
 * statement inspector). A request runs on one thread, its EJB calls included, so the count between
 * {@link #reset()} and {@link #count()} is that request's: what the query budgets of the tests read. It changes
 * no statement; counting costs one increment.
 */
public class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements this thread prepared since its last {@link #reset()}. */
    public static long count() {
        return COUNT.get()[0];
    }
}
