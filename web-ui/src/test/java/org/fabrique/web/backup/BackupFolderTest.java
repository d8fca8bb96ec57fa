package org.fabrique.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    @TempDir
    Path dir;

    @Test
    void a_backup_is_named_after_its_utc_second_without_colons() {
        assertThat(BackupFolder.nameAt(Instant.parse("2026-12-03T02:00:00.734Z"))).isEqualTo("fabrique-2026-12-03T02-00-00Z.zip");
    }

    @Test
    void the_name_gives_back_the_instant() {
        assertThat(BackupFolder.takenAt("fabrique-2026-12-03T02-00-00Z.zip")).contains(Instant.parse("2026-12-03T02:00:00Z"));
        assertThat(BackupFolder.takenAt("fabrique-2026-12-03T02-00-00Z.zip.part")).isEmpty();
        assertThat(BackupFolder.takenAt(".fabrique-2026-12-03T02-00-00Z.zip.part")).isEmpty();
        assertThat(BackupFolder.takenAt("notes.zip")).isEmpty();
        assertThat(BackupFolder.takenAt("fabrique-2026-13-45T02-00-00Z.zip")).isEmpty();
    }

    @Test
    void names_sort_as_their_instants() {
        List<Instant> instants = List.of(Instant.parse("2026-01-09T23:59:59Z"), Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-11-02T09:05:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        List<String> names = instants.stream().map(BackupFolder::nameAt).toList();

        assertThat(names).isSorted();
    }

    @Test
    void the_newest_are_kept_and_the_older_ones_chosen_for_deletion() {
        List<BackupFile> backups = IntStream.rangeClosed(1, 16)
                .mapToObj(day -> backup(Instant.parse("2026-12-01T02:00:00Z").plusSeconds(86_400L * day)))
                .toList();

        List<BackupFile> old = BackupFolder.beyond(backups, 14);

        assertThat(old).extracting(BackupFile::file)
                .containsExactly("fabrique-2026-12-03T02-00-00Z.zip", "fabrique-2026-12-02T02-00-00Z.zip");
        assertThat(BackupFolder.beyond(backups.subList(0, 14), 14)).isEmpty();
        assertThatThrownBy(() -> BackupFolder.beyond(backups, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_folder_lists_its_backups_newest_first_never_a_half_written_one() throws IOException {
        BackupFolder folder = new BackupFolder(dir);
        Files.writeString(dir.resolve("fabrique-2026-12-01T02-00-00Z.zip"), "a");
        Files.writeString(dir.resolve("fabrique-2026-12-03T02-00-00Z.zip"), "abc");
        Files.writeString(dir.resolve("fabrique-2026-12-02T02-00-00Z.zip"), "ab");
        Files.writeString(folder.temporary("fabrique-2026-12-04T02-00-00Z.zip"), "half");
        Files.writeString(dir.resolve("readme.txt"), "not a backup");

        assertThat(folder.list()).containsExactly(
                new BackupFile("fabrique-2026-12-03T02-00-00Z.zip", 3, Instant.parse("2026-12-03T02:00:00Z")),
                new BackupFile("fabrique-2026-12-02T02-00-00Z.zip", 2, Instant.parse("2026-12-02T02:00:00Z")),
                new BackupFile("fabrique-2026-12-01T02-00-00Z.zip", 1, Instant.parse("2026-12-01T02:00:00Z")));
    }

    @Test
    void a_complete_backup_is_moved_into_place_then_the_oldest_pruned() throws IOException {
        BackupFolder folder = new BackupFolder(dir.resolve("backups"));
        folder.create();
        for (String day : List.of("01", "02", "03")) {
            String name = "fabrique-2026-12-" + day + "T02-00-00Z.zip";
            Files.writeString(folder.temporary(name), day);
            assertThat(folder.publish(folder.temporary(name), name).size()).isEqualTo(2);
        }

        List<BackupFile> deleted = folder.prune(2);

        assertThat(deleted).extracting(BackupFile::file).containsExactly("fabrique-2026-12-01T02-00-00Z.zip");
        assertThat(folder.list()).extracting(BackupFile::file)
                .containsExactly("fabrique-2026-12-03T02-00-00Z.zip", "fabrique-2026-12-02T02-00-00Z.zip");
        try (var files = Files.list(folder.directory())) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain(".fabrique-2026-12-03T02-00-00Z.zip.part");
        }
    }

    @Test
    void a_missing_folder_has_no_backups() {
        assertThat(new BackupFolder(dir.resolve("none")).list()).isEmpty();
    }

    @Test
    void the_folder_comes_from_the_environment() {
        assertThat(BackupFolder.of(Map.of("FABRIQUE_BACKUP_DIR", "/srv/backups", "FABRIQUE_DATA_DIR", "/srv/data"), "/home/x")
                .directory()).isEqualTo(Path.of("/srv/backups"));
        assertThat(BackupFolder.of(Map.of("FABRIQUE_DATA_DIR", "/srv/data"), "/home/x").directory())
                .isEqualTo(Path.of("/srv/data/backups"));
        assertThat(BackupFolder.of(Map.of("FABRIQUE_BACKUP_DIR", " "), "/home/x").directory())
                .isEqualTo(Path.of("/home/x/.fabrique/data/backups"));
    }

    private static BackupFile backup(Instant at) {
        return new BackupFile(BackupFolder.nameAt(at), 1000, at);
    }
}
