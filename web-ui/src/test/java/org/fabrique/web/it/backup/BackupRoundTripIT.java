package org.fabrique.web.it.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.ExternalServer;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The round trip: a backup taken while writes go on, restored by {@code ./restore.sh} into a fresh data
 * folder, a second server started on it finds the same records, confidential ones included, and its search
 * finds them too (its index, empty at start, is rebuilt from the restored database). {@code restore.sh} refuses
 * while that server runs, and keeps aside the database it replaces once it is stopped.
 */
class BackupRoundTripIT extends DeployedFabrique {

    /** The restored server's ports: 8780 for HTTP, 10690 for management. */
    private static final int PORT_OFFSET = Integer.getInteger("it.restore.port.offset", 700);
    private static final Path SCRIPT = Path.of("..", "restore.sh").toAbsolutePath().normalize();

    /** What restore.sh printed and its exit code. */
    record Run(int exitCode, String output) {
    }

    @Test
    @Tag("h2-only")
    void a_backup_taken_during_writes_restores_into_a_server_that_finds_everything() throws Exception {
        DialogueApi dialogue = new DialogueApi(api());
        ProspectiveApi prospective = new ProspectiveApi(api());
        String word = uniqueWord();
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long candidate = created(dialogue.draft(programme, DemoAccounts.DIRECTORATE,
                dialogue.completeCandidate("Maison des projets " + word)));
        long workshop = prospective.workshop(prospective.newCycle()).getJsonNumber("id").longValue();
        JsonObject session = prospective.convene(workshop, "EXPLORATORY", "2040-02-03");
        String minutes = "Compte rendu confidentiel de la sauvegarde " + word;
        HttpResponse<String> written = prospective.put("api/workshops/" + workshop + "/sessions/" + session.getJsonNumber("id")
                + "/minutes", DemoAccounts.POLE, "{\"minutes\":\"" + minutes + "\",\"version\":" + session.getJsonNumber("version") + "}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        Path backup;
        List<Long> before;
        try (CandidateWriters writers = new CandidateWriters(dialogue, programme, 2)) {
            before = writers.awaitCreated(4).created();
            backup = Backups.take(api());
            writers.awaitCreated(before.size() + 4);
        }

        Path root = Files.createDirectories(Path.of("target", "restore-round-trip-" + System.nanoTime()).toAbsolutePath());
        Path data = root.resolve("data");
        Run restored = restore(data, backup);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("Restored " + backup, "no database to replace");

        try (ExternalServer server = ExternalServer.start(root.resolve("server"), PORT_OFFSET,
                Map.of("FABRIQUE_DATA_DIR", data.toString()))) {
            Api restoredApi = new Api(server.url());
            for (long id : before) {
                assertThat(restoredApi.get("api/candidates/" + id, DemoAccounts.POLE).statusCode()).as("candidate " + id).isEqualTo(200);
            }
            JsonObject found = JsonBodies.object(restoredApi.get("api/candidates/" + candidate, DemoAccounts.DIRECTORATE).body());
            assertThat(found.getString("title")).isEqualTo("Maison des projets " + word);
            HttpResponse<String> confidential = restoredApi.get("api/workshops/" + workshop + "/sessions/"
                    + session.getJsonNumber("id") + "/minutes", DemoAccounts.POLE);
            assertThat(confidential.statusCode()).as(confidential.body()).isEqualTo(200);
            assertThat(confidential.body()).contains(minutes);
            assertThat(restoredApi.get("api/workshops/" + workshop + "/sessions/" + session.getJsonNumber("id") + "/minutes",
                    DemoAccounts.ELECTED_2).statusCode()).isEqualTo(403);
            HttpResponse<String> search = restoredApi.get("api/search?kind=CANDIDATE&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                    DemoAccounts.POLE);
            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            JsonObject hits = JsonBodies.object(search.body());
            assertThat(hits.getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(hits.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(candidate);

            long size = Files.size(data.resolve("fabrique.mv.db"));
            Run whileRunning = restore(data, backup);
            assertThat(whileRunning.exitCode()).as(whileRunning.output()).isEqualTo(4);
            assertThat(whileRunning.output()).contains("Fabrique is running", "Nothing was changed");
            assertThat(replacedFolders(data)).isEmpty();
            assertThat(Files.size(data.resolve("fabrique.mv.db"))).isGreaterThanOrEqualTo(size);
            assertThat(restoredApi.get("api/candidates/" + candidate, DemoAccounts.POLE).statusCode()).isEqualTo(200);

            server.stop();
        }

        Run afterStop = restore(data, backup);
        assertThat(afterStop.exitCode()).as(afterStop.output()).isZero();
        List<Path> kept = replacedFolders(data);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).resolve("fabrique.mv.db")).isRegularFile();
        assertThat(afterStop.output()).contains("kept in " + kept.get(0));
        delete(root);
    }

    private static Run restore(Path data, Path backup) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), backup.toString()).redirectErrorStream(true);
        builder.environment().put("FABRIQUE_DATA_DIR", data.toString());
        builder.environment().remove("FABRIQUE_DB_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A word of letters no demo text holds, so that the search finds one record only. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("sauvegardee");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    private static List<Path> replacedFolders(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().startsWith("replaced-")).toList();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
