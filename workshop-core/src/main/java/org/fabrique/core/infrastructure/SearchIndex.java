package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

/**
 * The full-text index of the {@code fabrique} persistence unit. Hibernate Search keeps it up to date with
 * every change made through JPA; what it cannot see (a database migrated, seeded, restored or edited by
 * other means, another database behind the same index directory) is caught up at start by {@link #rebuild},
 * which indexes the whole database again (about a second for the demo data, a minute for a metropolis's ten
 * years), unless the start can tell the index is in step ({@link #keep}, {@link IndexMarker}).
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

    /** The directory the index lives in ({@code FABRIQUE_INDEX_DIR}, resolved by the persistence unit). */
    public Path root() {
        Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
        if (root == null) {
            throw new IllegalStateException("hibernate.search.backend.directory.root is not set");
        }
        return Path.of(root.toString());
    }

    /**
     * What the index's content depends on besides the data: the Hibernate Search version and every indexed
     * entity with its fields, hashed. A release that changes what is indexed changes it, so its first start
     * rebuilds the index.
     */
    public String fingerprint() {
        TreeSet<String> lines = new TreeSet<>();
        lines.add("hibernate-search " + Search.class.getPackage().getImplementationVersion());
        for (SearchIndexedEntity<?> entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            for (IndexFieldDescriptor field : entity.indexManager().descriptor().staticFields()) {
                lines.add(entity.jpaName() + "." + field.absolutePath() + " "
                        + (field.isValueField() ? field.toValueField().type().valueClass().getName() : "object"));
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes the index as it is: the start found it in step with the database. */
    public void keep(String why) {
        ready = true;
        LOG.info(() -> "Search index kept: " + why);
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
