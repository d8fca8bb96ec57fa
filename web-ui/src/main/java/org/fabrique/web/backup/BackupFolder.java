package org.fabrique.web.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder the backups are kept in, and its rules: a backup is named after the instant it was taken, in
 * UTC, to the second and without colons ({@code fabrique-2026-12-03T02-00-00Z.zip}), so that names sort as
 * dates do; it is written under a temporary name and moved into place once complete, so a half-written
 * backup is never listed; only the newest {@code keep} are kept. Plain Java, no container.
 */
public final class BackupFolder {

    static final String PREFIX = "fabrique-";
    static final String SUFFIX = ".zip";
    private static final Pattern NAME = Pattern.compile("fabrique-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    public BackupFolder(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory is required").toAbsolutePath().normalize();
    }

    /**
     * The backup folder of the environment: {@code FABRIQUE_BACKUP_DIR}, else {@code backups} in the data folder
     * ({@code FABRIQUE_DATA_DIR}, else {@code ~/.fabrique/data}, as the datasource's URL has it).
     */
    public static BackupFolder of(Map<String, String> environment, String userHome) {
        String backups = environment.get("FABRIQUE_BACKUP_DIR");
        if (backups != null && !backups.isBlank()) {
            return new BackupFolder(Path.of(backups.strip()));
        }
        String data = environment.get("FABRIQUE_DATA_DIR");
        Path dataDir = data == null || data.isBlank() ? Path.of(userHome, ".fabrique", "data") : Path.of(data.strip());
        return new BackupFolder(dataDir.resolve("backups"));
    }

    public Path directory() {
        return directory;
    }

    /** The name of a backup taken at {@code at}: {@code fabrique-2026-12-03T02-00-00Z.zip}. */
    public static String nameAt(Instant at) {
        return PREFIX + STAMP.format(at.truncatedTo(ChronoUnit.SECONDS)) + SUFFIX;
    }

    /** When the backup of that name was taken, if the name is a backup's. */
    public static Optional<Instant> takenAt(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + m.group(4) + "Z"));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The backups of the folder, newest first; nothing when it does not exist yet. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(f -> takenAt(f.getFileName().toString()).stream()
                            .map(at -> new BackupFile(f.getFileName().toString(), size(f), at)))
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + directory, e);
        }
    }

    /** Newest first; two of the same second by name. */
    static final Comparator<BackupFile> NEWEST_FIRST = Comparator.comparing(BackupFile::at)
            .thenComparing(BackupFile::file).reversed();

    /** Which of these backups to delete to keep the newest {@code keep}: the older ones. */
    public static List<BackupFile> beyond(List<BackupFile> backups, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup is kept, not " + keep);
        }
        List<BackupFile> newestFirst = backups.stream().sorted(NEWEST_FIRST).toList();
        return newestFirst.size() <= keep ? List.of() : newestFirst.subList(keep, newestFirst.size());
    }

    /** Where a backup is written before it is complete: a hidden name that {@link #list()} never shows. */
    public Path temporary(String name) {
        return directory.resolve("." + name + ".part");
    }

    /** Creates the folder (and its parents) if needed. */
    public void create() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + directory, e);
        }
    }

    /** Moves a complete backup from its temporary name to its own, in one step where the file system can. */
    public BackupFile publish(Path temporary, String name) {
        Path target = directory.resolve(name);
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the backup into " + target, e);
        }
        return new BackupFile(name, size(target), takenAt(name).orElseThrow());
    }

    /** Deletes the backups beyond the newest {@code keep}; returns those deleted. */
    public List<BackupFile> prune(int keep) {
        List<BackupFile> old = beyond(list(), keep);
        for (BackupFile backup : old) {
            try {
                Files.deleteIfExists(directory.resolve(backup.file()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the old backup " + backup.file(), e);
            }
        }
        return old;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
