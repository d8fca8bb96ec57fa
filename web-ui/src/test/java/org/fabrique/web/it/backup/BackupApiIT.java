package org.fabrique.web.it.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pôle backs the running embedded database up through the API, while people go on working. */
class BackupApiIT extends DeployedFabrique {

    @TempDir
    Path temp;

    @Test
    @Tag("h2-only")
    void the_pole_takes_a_backup_which_is_kept_in_the_folder_and_listed_first() throws IOException {
        Instant before = Instant.now().minusSeconds(1);

        HttpResponse<String> response = Backups.take(api(), DemoAccounts.POLE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject backup = JsonBodies.object(response.body());
        String file = backup.getString("file");
        assertThat(file).matches("fabrique-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z\\.zip");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/admin/backups/" + file));
        Instant at = Instant.parse(backup.getString("at"));
        assertThat(at).isBetween(before, Instant.now().plusSeconds(1));
        Path kept = Backups.folder().resolve(file);
        assertThat(kept).isRegularFile();
        assertThat(Files.size(kept)).isPositive().isEqualTo(backup.getJsonNumber("size").longValue());
        try (var files = Files.list(Backups.folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        JsonObject list = JsonBodies.object(api().get("api/admin/backups", DemoAccounts.POLE).body());
        assertThat(list.getJsonArray("items").getJsonObject(0).getString("file")).isEqualTo(file);
        assertThat(list.getJsonNumber("total").longValue()).isPositive();
        assertThat(list.getInt("page")).isZero();
        assertThat(list.getInt("size")).isEqualTo(50);
        List<Instant> dates = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(b -> Instant.parse(b.getString("at"))).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(api().get("api/admin/backups/" + file, DemoAccounts.POLE).statusCode()).isEqualTo(200);
        assertThat(api().get("api/admin/backups/fabrique-1999-01-01T00-00-00Z.zip", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void other_roles_may_neither_take_nor_list_backups(String username) throws IOException {
        long kept = count();

        HttpResponse<String> taken = Backups.take(api(), username);

        assertThat(taken.statusCode()).isEqualTo(403);
        assertThat(taken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api().get("api/admin/backups", username).statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(kept);
    }

    @Test
    void without_credentials_the_answer_is_401() {
        assertThat(Backups.take(api(), null).statusCode()).isEqualTo(401);
        assertThat(api().get("api/admin/backups", null).statusCode()).isEqualTo(401);
    }

    @Test
    @Tag("h2-only")
    void a_backup_taken_while_writes_go_on_opens_as_an_h2_database_with_what_was_written_before() throws Exception {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        Path backup;
        List<Long> before;
        List<Long> all;
        try (CandidateWriters writers = new CandidateWriters(dialogue, programme, 3)) {
            before = writers.awaitCreated(5).created();
            backup = Backups.take(api());
            List<Long> during = writers.created();
            // more than the writers could have had in flight when the backup was taken
            writers.awaitCreated(during.size() + 6);
            all = writers.stop();
        }

        Backups.unzip(backup, temp.resolve("restored"));
        List<Long> restored = new ArrayList<>();
        try (Connection db = Backups.open(temp.resolve("restored")); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select id from dialogue_candidate where programme_id = " + programme)) {
                while (rows.next()) {
                    restored.add(rows.getLong(1));
                }
            }
            assertThat(single(sql, "select count(*) from account")).isGreaterThanOrEqualTo(6);
            assertThat(single(sql, "select count(*) from dialogue_candidate_method m where not exists "
                    + "(select 1 from dialogue_candidate c where c.id = m.candidate_id)")).isZero();
        }
        assertThat(restored).containsAll(before);
        assertThat(all).containsAll(restored);
        assertThat(all.size()).isGreaterThan(restored.size());
    }

    @Test
    void openapi_describes_the_backups() {
        HttpResponse<String> response = api().send(api().request("openapi", null).header("Accept", "application/json").GET().build());

        assertThat(JsonBodies.object(response.body()).getJsonObject("paths").keySet())
                .contains("/api/admin/backups", "/api/admin/backups/{file}");
    }

    @Test
    @Tag("postgresql-only")
    void on_postgresql_the_answer_names_pg_dump() {

        HttpResponse<String> response = Backups.take(api(), DemoAccounts.POLE);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(response.body()).getString("detail")).contains("pg_dump --format=custom");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long count() throws IOException {
        if (!Files.isDirectory(Backups.folder())) {
            return 0;
        }
        try (var files = Files.list(Backups.folder())) {
            return files.count();
        }
    }
}
