package org.fabrique.core.infrastructure;

/**
 * Hibernate's query cache (persistence.xml), for the queries read far more often than what they read changes: the
 * account and token lookups of every signed-in request, the figures that aggregate a programme's recommendations.
 * A cached result is keyed by the query and its parameters (the day, for figures that judge what is overdue) and
 * is dropped as soon as a transaction that wrote to one of the query's tables commits, so that nobody reads figures
 * older than the last change.
 */
public final class QueryCache {

    /** The hint that a query's result may come from, and goes to, the query cache. */
    public static final String CACHEABLE = "org.hibernate.cacheable";

    private QueryCache() {
    }
}
