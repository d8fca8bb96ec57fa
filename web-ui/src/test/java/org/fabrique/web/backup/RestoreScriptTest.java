package org.fabrique.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./restore.sh} on files made here (an H2 file's first bytes suffice to pass for a database: the script
 * never opens it). The round trip with a real backup and a real server is {@code BackupRoundTripIT}'s.
 */
class RestoreScriptTest {

    private static final Path SCRIPT = Path.of("..", "restore.sh").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** What the script printed and its exit code. */
    record Run(int exitCode, String output) {
    }

    @Test
    void a_backup_replaces_the_database_which_is_kept_aside() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("fabrique.mv.db"), "H:2,the database of today");
        Files.writeString(data.resolve("fabrique.trace.db"), "its trace");
        Path backup = zip("fabrique-2026-12-03T02-00-00Z.zip", "fabrique.mv.db", "H:2,the database of last night");

        Run run = restore(data, backup);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(Files.readString(data.resolve("fabrique.mv.db"))).isEqualTo("H:2,the database of last night");
        List<Path> kept = replacedFolders(data);
        assertThat(kept).hasSize(1);
        assertThat(Files.readString(kept.get(0).resolve("fabrique.mv.db"))).isEqualTo("H:2,the database of today");
        assertThat(kept.get(0).resolve("fabrique.trace.db")).exists();
        assertThat(data.resolve("fabrique.trace.db")).doesNotExist();
        assertThat(run.output()).contains("Restored " + backup, kept.get(0).toString());
    }

    @Test
    void a_file_that_is_not_a_fabrique_backup_is_refused_and_nothing_changes() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("fabrique.mv.db"), "H:2,the database of today");

        Run notZip = restore(data, Files.writeString(dir.resolve("notes.zip"), "not a zip"));
        Run otherZip = restore(data, zip("photos.zip", "photo.jpg", "JFIF"));
        Run notH2 = restore(data, zip("fake.zip", "fabrique.mv.db", "SQLite format 3"));

        assertThat(notZip.exitCode()).isEqualTo(3);
        assertThat(otherZip.exitCode()).isEqualTo(3);
        assertThat(otherZip.output()).contains("not a backup of Fabrique", "fabrique.mv.db");
        assertThat(notH2.exitCode()).isEqualTo(3);
        assertThat(Files.readString(data.resolve("fabrique.mv.db"))).isEqualTo("H:2,the database of today");
        assertThat(replacedFolders(data)).isEmpty();
    }

    @Test
    void a_database_in_use_is_never_replaced() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path database = Files.writeString(data.resolve("fabrique.mv.db"), "H:2,the database of today");
        Path backup = zip("fabrique-2026-12-03T02-00-00Z.zip", "fabrique.mv.db", "H:2,the database of last night");

        Run run;
        // the OS lock H2 holds on the file of an open database
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            run = restore(data, backup);
        }

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.output()).contains("Fabrique is running", "Nothing was changed");
        assertThat(Files.readString(database)).isEqualTo("H:2,the database of today");
        assertThat(replacedFolders(data)).isEmpty();
    }

    private Run restore(Path data, Path backup) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), backup.toString()).redirectErrorStream(true);
        builder.environment().put("FABRIQUE_DATA_DIR", data.toString());
        builder.environment().remove("FABRIQUE_DB_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            zipped.putNextEntry(new ZipEntry(entry));
            zipped.write(content.getBytes(StandardCharsets.US_ASCII));
            zipped.closeEntry();
        }
        return zip;
    }

    private static List<Path> replacedFolders(Path data) throws IOException {
        try (var files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().startsWith("replaced-")).toList();
        }
    }
}
