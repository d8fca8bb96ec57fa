package org.fabrique.web.it.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fabrique.web.backup.BackupFolder;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.JsonBodies;

/** Backups as the tests take and read them: through the API, in the Arquillian server's backup folder. */
final class Backups {

    private Backups() {
    }

    /** The Arquillian server's backup folder: its environment is the tests' own (see web-ui/pom.xml). */
    static Path folder() {
        return BackupFolder.of(System.getenv(), System.getProperty("user.home")).directory();
    }

    static HttpResponse<String> take(Api api, String username) {
        return api.send(api.request("api/admin/backups", username).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Takes a backup as the pôle and returns its file. */
    static Path take(Api api) {
        HttpResponse<String> response = take(api, "pole");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject backup = JsonBodies.object(response.body());
        return folder().resolve(backup.getString("file"));
    }

    /** Unzips a backup into {@code directory}: the database file, as restore.sh puts it in place. */
    static void unzip(Path backup, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getName()).isEqualTo("fabrique.mv.db");
                Files.copy(zip, directory.resolve(entry.getName()));
            }
        }
    }

    /** Opens the database of a folder with the H2 driver, with the credentials the server created it with. */
    static Connection open(Path directory) throws SQLException {
        String user = System.getenv().getOrDefault("FABRIQUE_DB_USER", "fabrique");
        String password = System.getenv().getOrDefault("FABRIQUE_DB_PASSWORD", "fabrique");
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("fabrique").toAbsolutePath(), user, password);
    }
}
