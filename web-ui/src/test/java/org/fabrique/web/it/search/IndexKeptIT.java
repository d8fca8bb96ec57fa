package org.fabrique.web.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.ExternalServer;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A start keeps the search index when the last clean stop left it in step with this very database, and rebuilds
 * it otherwise: four starts of a server of its own on the same data and index directories. The first (an empty
 * database, the demo loaded) builds it; after a clean stop the second keeps it and finds what the first wrote;
 * after a clean stop and the database put back as it was before the second (a restore), the third rebuilds it and
 * no longer finds what only the second wrote; after a {@code kill -9}, the fourth rebuilds it.
 */
@Tag("h2-only")
class IndexKeptIT {

    private static final Path ROOT = Path.of("target", "index-kept").toAbsolutePath();
    private static final int PORT_OFFSET = Integer.getInteger("it.index.port.offset", 500);
    private static final String KEPT = "Search index kept";
    private static final String REBUILT = "Search index rebuilt from the database";

    @Test
    void the_index_is_kept_after_a_clean_stop_and_rebuilt_after_a_restore_or_a_crash() throws IOException {
        deleteTree(ROOT);
        Path data = Files.createDirectories(ROOT.resolve("data"));
        Path snapshot = ROOT.resolve("snapshot");
        Map<String, String> environment = Map.of("FABRIQUE_DATA_DIR", data.toString(),
                "FABRIQUE_INDEX_DIR", ROOT.resolve("index").toString());
        String first = uniqueWord();
        String second = uniqueWord();

        try (ExternalServer server = ExternalServer.start(ROOT.resolve("first"), PORT_OFFSET, environment)) {
            assertThat(log(server)).contains("this start migrated or seeded the database", REBUILT).doesNotContain(KEPT);
            draft(new Api(server.url()), first);
            server.stop();
            assertThat(log(server)).contains("Search index marked in step with the database");
        }
        copyTree(data, snapshot);

        try (ExternalServer server = ExternalServer.start(ROOT.resolve("second"), PORT_OFFSET, environment)) {
            assertThat(log(server)).contains(KEPT).doesNotContain(REBUILT);
            Api api = new Api(server.url());
            assertThat(hits(api, first)).as("found in the kept index").isEqualTo(1);
            draft(api, second);
            assertThat(hits(api, second)).isEqualTo(1);
            server.stop();
        }

        deleteTree(data);
        copyTree(snapshot, data);
        try (ExternalServer server = ExternalServer.start(ROOT.resolve("third"), PORT_OFFSET, environment)) {
            assertThat(log(server)).contains("the database is not the one the index was closed with", REBUILT)
                    .doesNotContain(KEPT);
            Api api = new Api(server.url());
            assertThat(hits(api, first)).isEqualTo(1);
            assertThat(hits(api, second)).as("written after the restored state: not in the rebuilt index").isZero();
            server.kill();
        }

        try (ExternalServer server = ExternalServer.start(ROOT.resolve("fourth"), PORT_OFFSET, environment)) {
            assertThat(log(server)).contains("no marker of a clean stop beside the index", REBUILT).doesNotContain(KEPT);
            assertThat(hits(new Api(server.url()), first)).isEqualTo(1);
            server.stop();
        }
        deleteTree(ROOT);
    }

    /** The programme the candidates are drafted in, opened on the first server. */
    private long programme;

    private void draft(Api api, String word) {
        DialogueApi dialogue = new DialogueApi(api);
        if (programme == 0) {
            programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        }
        HttpResponse<String> drafted = dialogue.draft(programme, DemoAccounts.DIRECTORATE,
                dialogue.completeCandidate("Maison des projets " + word));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    }

    private static long hits(Api api, String word) {
        HttpResponse<String> search = api.get("api/search?kind=CANDIDATE&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                DemoAccounts.POLE);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        return JsonBodies.object(search.body()).getJsonNumber("total").longValue();
    }

    private static String log(ExternalServer server) {
        try {
            return Files.readString(server.baseDir().resolve("log/server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word of letters no demo text holds, so that the search finds one record only. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("indexee");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
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
}
