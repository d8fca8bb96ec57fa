package org.fabrique.core.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The file beside the search index that says which database state and which mapping the index was in step with
 * when Fabrique last stopped cleanly: {@code fabrique-index.properties} in the index's root directory, with a
 * {@code stamp} (a random value also written in the database) and the mapping's {@code fingerprint}.
 */
public final class IndexMarker {

    static final String FILE = "fabrique-index.properties";

    private final Path file;

    public IndexMarker(Path indexRoot) {
        this.file = indexRoot.resolve(FILE);
    }

    /** What the marker says. */
    public record Content(String stamp, String fingerprint) {
    }

    /** The marker's content, if the file is there and whole. */
    public Optional<Content> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String stamp = properties.getProperty("stamp");
        String fingerprint = properties.getProperty("fingerprint");
        return stamp == null || fingerprint == null ? Optional.empty() : Optional.of(new Content(stamp, fingerprint));
    }

    /** Writes the marker whole (a temporary file moved into place). */
    public void write(Content content) {
        Properties properties = new Properties();
        properties.setProperty("stamp", content.stamp());
        properties.setProperty("fingerprint", content.fingerprint());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Fabrique: the search index was in step with the database of this stamp");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Removes the marker: from now on the index changes with the database and is only known good at a clean stop. */
    public void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file + ": the next start could not tell a stale index", e);
        }
    }
}
