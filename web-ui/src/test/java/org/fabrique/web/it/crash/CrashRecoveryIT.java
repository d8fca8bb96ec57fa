package org.fabrique.web.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.ExternalServer;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What Fabrique acknowledged survives {@code kill -9}. The provisioned server runs as its own process on a
 * fresh embedded database; four clients write through the API — candidate projects, answers to
 * recommendations, amendments and attendance registers — until the server is killed at a random moment;
 * it is started again on the same files, which must open, and every write that was answered 2xx must be
 * there (an update may also hold the one change that was in flight, unanswered, when the server died).
 * {@code -Dcrash.cycles=N} runs N cycles (5 by default); {@code -Dcrash.write.delay=500} runs it on H2's default
 * write delay instead of Fabrique's setting, to see acknowledged writes lost.
 */
@Tag("h2-only")
class CrashRecoveryIT {

    private static final int CLIENTS = 4;
    private static final Path BASE = Path.of("target/crash-server").toAbsolutePath();
    private static final Path DATA = Path.of("target/crash-data").toAbsolutePath();
    private static final int PORT_OFFSET = Integer.getInteger("it.crash.port.offset", 200);

    private static ExternalServer server;
    private static Api api;
    private static long programmeId;
    private static long workshopId;
    private static List<Long> members;

    /** Created records: id → the text the server acknowledged. */
    private final Map<Long, String> candidates = new ConcurrentHashMap<>();
    private final Map<Long, String> amendments = new ConcurrentHashMap<>();
    /** Updated records, each written by one client only: what was acknowledged last, and what was in flight. */
    private final List<Updated> answers = new ArrayList<>();
    private final List<Updated> registers = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();

    @BeforeAll
    static void startOnAFreshDatabase() throws Exception {
        deleteTree(BASE);
        deleteTree(DATA);
        Files.createDirectories(DATA);
        start();
        api = new Api(server.url());
        programmeId = JsonBodies.object(api.get("api/programmes?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("status").equals("OPEN"))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        ProspectiveApi prospective = new ProspectiveApi(api);
        workshopId = prospective.workshopWithVersion();
        members = java.util.stream.Stream.of(DemoAccounts.ELECTED, DemoAccounts.DIRECTORATE, DemoAccounts.PARTICIPANT)
                .map(prospective::personOf).sorted().toList();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.kill();
        }
    }

    /** The server on the crash test's own H2 files; {@code -Dcrash.write.delay=500} shows what H2's default loses. */
    private static void start() {
        Map<String, String> environment = new HashMap<>(Map.of("FABRIQUE_DATA_DIR", DATA.toString()));
        String writeDelay = System.getProperty("crash.write.delay", "");
        if (!writeDelay.isBlank()) {
            environment.put("FABRIQUE_DB_URL", "jdbc:h2:file:" + DATA + "/fabrique;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=" + writeDelay);
        }
        server = ExternalServer.start(BASE, PORT_OFFSET, environment);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void every_acknowledged_write_survives_kill_9() throws Exception {
        long directorate = JsonBodies.object(api.get("api/me", DemoAccounts.DIRECTORATE).body()).getJsonNumber("directorateId")
                .longValue();
        List<Long> unpublished = JsonBodies.object(api.get("api/recommendations?size=500&directorateId=" + directorate,
                DemoAccounts.DIRECTORATE).body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("published")).map(r -> r.getJsonNumber("id").longValue()).limit(CLIENTS).toList();
        assertThat(unpublished).hasSize(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            answers.add(new Updated(unpublished.get(client)));
            long session = ProspectiveApi.created(api.post("api/workshops/" + workshopId + "/sessions", DemoAccounts.POLE,
                    ProspectiveApi.JSON, "{\"sequence\":\"SCENARIO\",\"date\":\"" + LocalDate.now().plusDays(client)
                            + "\",\"length\":\"HALF_DAY\"}")).getJsonNumber("id").longValue();
            registers.add(new Updated(session));
        }

        int cycles = Integer.getInteger("crash.cycles", 5);
        int checked = 0;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            readCurrentVersions();
            int before = acknowledged();
            burstThenKill();
            start();
            assertThat(openedCleanly()).as("the server log after the restart").isEmpty();
            checked = everyAcknowledgedWriteIsThere();
            System.out.printf("crash cycle %d/%d: %d writes acknowledged in the burst; after kill -9 and restart, %d records "
                    + "checked (every candidate and amendment created so far, the last answer and register of each "
                    + "recommendation and session), none lost%n", cycle, cycles, acknowledged() - before, checked);
        }
        assertThat(checked).as("writes acknowledged over the cycles").isGreaterThan(cycles * 10);
    }

    /** The clients write until the server is killed, between 3 and 10 seconds after they start. */
    private void burstThenKill() throws Exception {
        List<Thread> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int own = client;
            Thread thread = new Thread(() -> write(own), "crash-client-" + client);
            thread.start();
            clients.add(thread);
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(3000, 10_000));
        server.kill();
        for (Thread client : clients) {
            client.join(60_000);
            assertThat(client.isAlive()).as(client.getName() + " still running").isFalse();
        }
    }

    private void write(int client) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            try {
                switch (random.nextInt(4)) {
                    case 0 -> createCandidate();
                    case 1 -> proposeAmendment();
                    case 2 -> answer(answers.get(client));
                    default -> register(registers.get(client));
                }
            } catch (UncheckedIOException serverGone) {
                return;
            }
        }
    }

    private void createCandidate() {
        String title = "Projet crash " + sequence.incrementAndGet();
        HttpResponse<String> created = api.post("api/programmes/" + programmeId + "/candidates", DemoAccounts.DIRECTORATE,
                ProspectiveApi.JSON, "{\"title\":\"" + title + "\",\"summary\":\"Écrit avant un kill -9\"}");
        if (created.statusCode() == 201) {
            candidates.put(id(created), title);
        }
    }

    private void proposeAmendment() {
        String text = "Texte crash " + sequence.incrementAndGet();
        HttpResponse<String> created = api.post("api/workshops/" + workshopId + "/amendments", DemoAccounts.PARTICIPANT,
                ProspectiveApi.JSON, "{\"chapter\":\"ISSUES\",\"passage\":\"Vieillir chez soi\",\"proposedText\":\"" + text
                        + "\",\"rationale\":\"Durabilité\"}");
        if (created.statusCode() == 201) {
            amendments.put(id(created), text);
        }
    }

    private void answer(Updated recommendation) {
        String text = "Réponse crash " + sequence.incrementAndGet();
        recommendation.pending = text;
        HttpResponse<String> answered = put("api/recommendations/" + recommendation.id + "/answer", DemoAccounts.DIRECTORATE,
                "{\"position\":\"UNDER_STUDY\",\"text\":\"" + text + "\",\"version\":" + recommendation.version + "}");
        recommendation.settle(answered, text);
    }

    private void register(Updated session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> entries = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        for (long member : members) {
            String presence = List.of("PRESENT", "EXCUSED", "ABSENT").get(random.nextInt(3));
            entries.add("{\"personId\":" + member + ",\"presence\":\"" + presence + "\"}");
            signature.add(member + "=" + presence);
        }
        session.pending = String.join(",", signature);
        HttpResponse<String> taken = put("api/workshops/" + workshopId + "/sessions/" + session.id + "/attendance",
                DemoAccounts.POLE, "{\"attendance\":[" + String.join(",", entries) + "],\"version\":" + session.version + "}");
        session.settle(taken, session.pending);
    }

    /** Reads what the restarted server holds, so that each client goes on from the current versions. */
    private void readCurrentVersions() {
        for (Updated recommendation : answers) {
            JsonObject read = JsonBodies.object(api.get("api/recommendations/" + recommendation.id, DemoAccounts.DIRECTORATE).body());
            recommendation.version = read.getJsonNumber("version").longValue();
            recommendation.acknowledged = answerText(read);
            recommendation.pending = null;
        }
        for (Updated session : registers) {
            JsonObject read = session(session.id);
            session.version = read.getJsonNumber("version").longValue();
            session.acknowledged = attendance(read);
            session.pending = null;
        }
    }

    /** Checks every write acknowledged since the start of the test; answers how many were checked. */
    private int everyAcknowledgedWriteIsThere() {
        List<String> lost = new ArrayList<>();
        candidates.forEach((id, title) -> {
            HttpResponse<String> read = api.get("api/candidates/" + id, DemoAccounts.DIRECTORATE);
            if (read.statusCode() != 200 || !JsonBodies.object(read.body()).getString("title").equals(title)) {
                lost.add("candidate " + id + " (" + read.statusCode() + ")");
            }
        });
        amendments.forEach((id, text) -> {
            HttpResponse<String> read = api.get("api/workshops/" + workshopId + "/amendments/" + id, DemoAccounts.POLE);
            if (read.statusCode() != 200 || !JsonBodies.object(read.body()).getString("proposedText").equals(text)) {
                lost.add("amendment " + id + " (" + read.statusCode() + ")");
            }
        });
        for (Updated recommendation : answers) {
            String stored = answerText(JsonBodies.object(api.get("api/recommendations/" + recommendation.id,
                    DemoAccounts.DIRECTORATE).body()));
            if (!recommendation.holds(stored)) {
                lost.add("answer to recommendation " + recommendation.id + ": " + stored + " instead of " + recommendation.acknowledged);
            }
        }
        for (Updated session : registers) {
            String stored = attendance(session(session.id));
            if (!session.holds(stored)) {
                lost.add("attendance of session " + session.id + ": " + stored + " instead of " + session.acknowledged);
            }
        }
        assertThat(lost).as("acknowledged writes missing after kill -9").isEmpty();
        return candidates.size() + amendments.size() + (int) answers.stream().filter(a -> a.acknowledged != null).count()
                + (int) registers.stream().filter(r -> r.acknowledged != null).count();
    }

    private int acknowledged() {
        return candidates.size() + amendments.size() + answers.stream().mapToInt(a -> a.count).sum()
                + registers.stream().mapToInt(r -> r.count).sum();
    }

    /** The lines of the server log that tell of a damaged database. */
    private static List<String> openedCleanly() throws IOException {
        return Files.readAllLines(BASE.resolve("log/server.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("MVStoreException") || line.contains("File corrupted")
                        || line.contains("org.h2.jdbc.JdbcSQLNonTransientConnectionException"))
                .collect(Collectors.toList());
    }

    private JsonObject session(long sessionId) {
        return JsonBodies.array(api.get("api/workshops/" + workshopId + "/sessions", DemoAccounts.POLE).body())
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("id").longValue() == sessionId)
                .findFirst().orElseThrow();
    }

    private static String attendance(JsonObject session) {
        return session.getJsonArray("attendance").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("personId") + "=" + e.getString("presence")).collect(Collectors.joining(","));
    }

    private static String answerText(JsonObject recommendation) {
        JsonValue answer = recommendation.get("answer");
        return answer == null || answer.getValueType() == JsonValue.ValueType.NULL ? null
                : answer.asJsonObject().getString("text", null);
    }

    private HttpResponse<String> put(String path, String username, String body) {
        return api.send(api.request(path, username).header("Content-Type", ProspectiveApi.JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static long id(HttpResponse<String> created) {
        return JsonBodies.object(created.body()).getJsonNumber("id").longValue();
    }

    /** A record one client updates again and again. */
    private static final class Updated {
        final long id;
        volatile long version;
        volatile String acknowledged;
        volatile String pending;
        volatile int count;

        Updated(long id) {
            this.id = id;
        }

        void settle(HttpResponse<String> response, String sent) {
            if (response.statusCode() == 200) {
                acknowledged = sent;
                version = JsonBodies.object(response.body()).getJsonNumber("version").longValue();
                count++;
            }
            pending = null;
        }

        /** The stored value is the one acknowledged last, or the one in flight when the server died. */
        boolean holds(String stored) {
            return acknowledged == null || acknowledged.equals(stored) || (pending != null && pending.equals(stored));
        }
    }
}
