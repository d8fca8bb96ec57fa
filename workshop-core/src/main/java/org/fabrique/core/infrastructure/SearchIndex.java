package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Objects;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;

/**
 * The full-text index of the {@code fabrique} persistence unit. Hibernate Search keeps it up to date with
 * every change made through JPA; what it cannot see (a database migrated, seeded, restored or edited by
 * other means, another database behind the same index directory) is caught up at each start by
 * {@link #rebuild}, which indexes the whole database again: about a second for the demo data.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceUnit(unitName = "fabrique")
    EntityManagerFactory entityManagerFactory;

    /** Whether the index holds the database's records: once {@link #rebuild} has completed since the start. */
    private volatile boolean ready;

    /** For CDI. */
    public SearchIndex() {
    }

    /** Outside a container (tests, tools), on an entity manager factory the caller manages. */
    public SearchIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory is required");
    }

    /** Whether searches find every record: the index was caught up with the database since the start. */
    public boolean isReady() {
        return ready;
    }

    /** Empties the index and indexes every record of the database again; blocks until it is complete. */
    public void rebuild() {
        long started = System.nanoTime();
        try {
            Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
        ready = true;
        LOG.info(() -> "Search index rebuilt from the database in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
    }
}
