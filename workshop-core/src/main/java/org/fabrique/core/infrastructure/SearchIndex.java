package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * The full-text index of the {@code fabrique} persistence unit. Hibernate Search keeps it up to date with
 * every change made through JPA; what it cannot see (a database migrated or seeded by other means, an index
 * directory new or left by another version) is caught up at startup by {@link #rebuildIfStale}: the index
 * directory holds a stamp of the mapping and data versions it was built for, and a different or missing stamp
 * rebuilds it from the database.
 */
@ApplicationScoped
public class SearchIndex {

    /** Bump when the index mapping changes (fields, analysis): the index is then rebuilt at the next start. */
    static final int MAPPING_VERSION = 1;

    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";

    static final String STAMP = "fabrique-index.version";

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceUnit(unitName = "fabrique")
    EntityManagerFactory entityManagerFactory;

    /**
     * Rebuilds the index from the database when it was not built for this mapping and this data version
     * (e.g. the schema version), and stamps it; does nothing otherwise. Blocks until the index is complete.
     */
    public void rebuildIfStale(String dataVersion) {
        String stamp = "mapping " + MAPPING_VERSION + ", data " + dataVersion;
        Path stampFile = stampFile();
        if (stampFile != null && stamp.equals(read(stampFile))) {
            return;
        }
        long started = System.nanoTime();
        rebuild();
        if (stampFile != null) {
            write(stampFile, stamp);
        }
        LOG.info(() -> "Search index rebuilt from the database (" + stamp + ") in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Empties the index and indexes every record of the database again. */
    public void rebuild() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        try {
            mapping.scope(Object.class).massIndexer().threadsToLoadObjects(2).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }

    /** The stamp in the index directory, or null when the index is not on disk (tests: in memory). */
    private Path stampFile() {
        Object root = entityManagerFactory.getProperties().get(DIRECTORY_ROOT);
        Object type = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.type");
        if (root == null || "local-heap".equals(type)) {
            return null;
        }
        return Path.of(root.toString()).resolve(STAMP);
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read " + file + ", the index is rebuilt: " + e);
            return null;
        }
    }

    private static void write(Path file, String stamp) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, stamp + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stamp the search index in " + file, e);
        }
    }
}
