import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * {@code ./restore.sh FILE}: puts a backup of Fabrique's embedded database (a zip taken by Fabrique, holding
 * {@code fabrique.mv.db}) in place of the database of the data folder ({@code FABRIQUE_DATA_DIR}, else
 * {@code ~/.fabrique/data}), while Fabrique is stopped. Run by the JDK from this source file (no build, no
 * other tool than a JDK 17).
 * <ul>
 * <li>It refuses, changing nothing, a file that is not such a backup, and a database in use: H2 2 holds an OS
 * lock on {@code fabrique.mv.db} while a server has it open, which this program tries to take (and keeps
 * until it is done, so a server starting meanwhile waits or fails rather than open a half-restored
 * folder).</li>
 * <li>The backup is unzipped under a temporary name first; then the files of the database it replaces
 * ({@code fabrique.*}) are moved into {@code replaced-<UTC time>/} in the data folder, and the restored file
 * is moved into place.</li>
 * </ul>
 * Exit codes: 0 restored, 2 wrong usage, 3 not a Fabrique backup, 4 the database is in use (Fabrique runs),
 * 5 not the embedded database (FABRIQUE_DB_URL), 1 any other failure.
 */
public class Restore {

    static final String DATABASE = "fabrique.mv.db";
    /** The first bytes of an H2 2 MVStore file. */
    static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    /** A refusal, with its exit code; nothing was changed. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Refused(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    public static void main(String[] args) {
        try {
            restore(args, System.getenv());
        } catch (Refused e) {
            System.err.println("restore.sh: " + e.getMessage());
            System.exit(e.code);
        } catch (IOException | RuntimeException e) {
            System.err.println("restore.sh: the restore failed: " + e);
            System.exit(1);
        }
    }

    static void restore(String[] args, Map<String, String> env) throws Refused, IOException {
        if (args.length != 1 || args[0].startsWith("-")) {
            throw new Refused(2, "usage: ./restore.sh FILE   (FILE: a backup zip of Fabrique, e.g. "
                    + "~/.fabrique/data/backups/fabrique-2026-12-03T01-00-00Z.zip); stop Fabrique first.");
        }
        String url = env.getOrDefault("FABRIQUE_DB_URL", "");
        if (url.startsWith("jdbc:postgresql:")) {
            throw new Refused(5, "FABRIQUE_DB_URL names a PostgreSQL database: restore its pg_dump file with "
                    + "pg_restore --clean --if-exists -d DATABASE fabrique.dump");
        }
        if (!url.isBlank()) {
            throw new Refused(5, "FABRIQUE_DB_URL names another database than the embedded one of FABRIQUE_DATA_DIR, "
                    + "which is the only one restore.sh restores.");
        }
        Path backup = Path.of(args[0]).toAbsolutePath().normalize();
        String data = env.get("FABRIQUE_DATA_DIR");
        Path dataDir = (data == null || data.isBlank() ? Path.of(System.getProperty("user.home"), ".fabrique", "data")
                : Path.of(data.strip())).toAbsolutePath().normalize();
        checkBackup(backup);
        Files.createDirectories(dataDir);
        Path database = dataDir.resolve(DATABASE);
        Path restoring = dataDir.resolve("." + DATABASE + ".restoring");
        try (FileChannel current = Files.exists(database)
                ? FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE) : null) {
            FileLock lock = lock(current, database);
            try {
                unzip(backup, restoring);
                Path keptIn = null;
                List<Path> replaced = replacedFiles(dataDir);
                if (!replaced.isEmpty()) {
                    keptIn = dataDir.resolve("replaced-" + STAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
                    Files.createDirectory(keptIn);
                    for (Path file : replaced) {
                        Files.move(file, keptIn.resolve(file.getFileName()));
                    }
                }
                move(restoring, database);
                System.out.println("Restored " + backup + " (" + Files.size(database) + " bytes) into " + database + ".");
                if (keptIn != null) {
                    System.out.println("The database it replaced is kept in " + keptIn + "/ ("
                            + String.join(", ", replaced.stream().map(p -> p.getFileName().toString()).toList())
                            + "); delete that folder once the restored data is checked.");
                } else {
                    System.out.println("There was no database to replace in " + dataDir + ".");
                }
                System.out.println("Start Fabrique (./start.sh): it rebuilds its search index from the restored database as it starts.");
            } finally {
                Files.deleteIfExists(restoring);
                if (lock != null) {
                    lock.release();
                }
            }
        }
    }

    /** A zip holding {@code fabrique.mv.db}, an H2 2 database file, and nothing outside its own folder. */
    static void checkBackup(Path backup) throws Refused, IOException {
        if (!Files.isRegularFile(backup)) {
            throw new Refused(3, backup + " is not a file.");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(DATABASE);
            if (entry == null || entry.isDirectory()) {
                throw new Refused(3, backup + " is not a backup of Fabrique: it holds no " + DATABASE + ".");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] start = in.readNBytes(H2_HEADER.length);
                if (!java.util.Arrays.equals(start, H2_HEADER)) {
                    throw new Refused(3, backup + " is not a backup of Fabrique: its " + DATABASE
                            + " is not an H2 2 database file.");
                }
            }
        } catch (ZipException e) {
            throw new Refused(3, backup + " is not a backup of Fabrique: it is not a zip file.");
        }
    }

    /** The lock of the database in place, or a refusal when a server holds it; null when there is none. */
    private static FileLock lock(FileChannel current, Path database) throws Refused, IOException {
        if (current == null) {
            return null;
        }
        FileLock lock;
        try {
            lock = current.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new Refused(4, "Fabrique is running on " + database + " (the database is in use): stop it, "
                    + "then run ./restore.sh again. Nothing was changed.");
        }
        return lock;
    }

    private static void unzip(Path backup, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(DATABASE));
                OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
            written.force(true);
        }
    }

    /** The files of the database in place: fabrique.mv.db, its trace file and anything else H2 named after it. */
    private static List<Path> replacedFiles(Path dataDir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dataDir)) {
            list.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("fabrique."))
                    .forEach(files::add);
        }
        Collections.sort(files);
        return files;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
