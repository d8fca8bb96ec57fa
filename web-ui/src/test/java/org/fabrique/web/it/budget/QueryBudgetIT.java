package org.fabrique.web.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.ExternalServer;
import org.fabrique.web.it.FormSignIn;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The query budgets: each main page and list endpoint sends at most the SQL statements its budget says, and no
 * more at scale 10 than at scale 1 (the cost does not grow with the data). Two servers of their own are started
 * one after the other, each on a fresh embedded database generated at its scale ({@code FABRIQUE_GENERATE_SCALE}),
 * counting each request's statements ({@code FABRIQUE_COUNT_STATEMENTS}); each request is sent three times and
 * the third counted: the first fills the caches, and the first use of a token in a minute notes it (an update that
 * empties the cached token query once). The records are chosen the same way at both scales: the largest
 * generated programme (the year before last: 50 candidates at scale 1, 200 at scale 10), the latest workshop, the
 * first of the demo's evaluations. The budgets are the counts measured when they were written: a change that sends
 * one statement more must raise its budget knowingly. Embedded H2 only: the servers' own databases.
 */
@Tag("h2-only")
class QueryBudgetIT {

    private static final Path BASE = Path.of("target/budget-servers");
    private static final int PORT_OFFSET = Integer.getInteger("it.budget.port.offset", 400);

    /** How a probe's request says who sends it. */
    private enum Via {
        NOBODY, BASIC, SESSION, TOKEN
    }

    /** A request, who sends it and how, and the most statements it may send. */
    private record Probe(String name, String path, String as, Via via, long budget) {

        Probe(String name, String path, String as, long budget) {
            this(name, path, as, as == null ? Via.NOBODY : path.startsWith("api/") ? Via.TOKEN : Via.SESSION, budget);
        }
    }

    @Test
    void every_page_and_list_stays_within_its_budget_and_does_not_grow_with_the_data() throws IOException {
        Map<String, Long> one = measure(1);
        Map<String, Long> ten = measure(10);

        SoftAssertions softly = new SoftAssertions();
        for (Probe probe : probes(Map.of())) {
            long atOne = one.get(probe.name());
            long atTen = ten.get(probe.name());
            softly.assertThat(atOne).as("%s at scale 1 (budget %d)", probe.name(), probe.budget())
                    .isLessThanOrEqualTo(probe.budget());
            softly.assertThat(atTen).as("%s at scale 10 (budget %d)", probe.name(), probe.budget())
                    .isLessThanOrEqualTo(probe.budget());
            softly.assertThat(atTen).as("%s at scale 10 against scale 1 (%d)", probe.name(), atOne)
                    .isLessThanOrEqualTo(atOne);
        }
        System.out.println("Statements per request at scale 1 and 10: " + table(one, ten));
        softly.assertAll();
    }

    private static String table(Map<String, Long> one, Map<String, Long> ten) {
        StringBuilder table = new StringBuilder();
        one.forEach((name, count) -> table.append("\n  ").append(name).append(": ").append(count).append(" / ")
                .append(ten.get(name)));
        return table.toString();
    }

    /** Starts a server generated at {@code scale}, counts every probe's statements, stops it. */
    private static Map<String, Long> measure(int scale) throws IOException {
        Path base = BASE.resolve("scale-" + scale);
        deleteTree(base);
        Files.createDirectories(base.resolve("data"));
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ExternalServer server = ExternalServer.start(base.resolve("server"), PORT_OFFSET,
                Map.of("FABRIQUE_DATA_DIR", base.resolve("data").toAbsolutePath().toString(),
                        "FABRIQUE_GENERATE_SCALE", String.valueOf(scale), "FABRIQUE_COUNT_STATEMENTS", "true"))) {
            Api api = new Api(server.url());
            Path log = server.baseDir().resolve("log/server.log");
            Map<String, String> cookies = new LinkedHashMap<>();
            Map<String, String> tokens = new LinkedHashMap<>();
            for (String role : List.of(DemoAccounts.POLE, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED,
                    DemoAccounts.PARTICIPANT)) {
                cookies.put(role, "Cookie: " + FormSignIn.cookie(api, server.url().toString(), role));
                tokens.put(role, "Authorization: Bearer " + JsonBodies.object(api.post("api/me/tokens", role,
                        "application/json", "{\"name\":\"budgets\"}").body()).getString("token"));
            }
            for (Probe probe : probes(records(api))) {
                String credential = switch (probe.via()) {
                    case SESSION -> cookies.get(probe.as());
                    case TOKEN -> tokens.get(probe.as());
                    default -> null;
                };
                for (int warm = 0; warm < 2; warm++) {
                    StatementBudget.count(api, request(api, probe, credential), log);
                }
                StatementBudget.Counted counted = StatementBudget.count(api, request(api, probe, credential), log);
                assertThat(counted.response().statusCode()).as("%s at scale %d: %s", probe.name(), scale, probe.path())
                        .isEqualTo(200);
                counts.put(probe.name(), counted.statements());
            }
            if (scale == 10) {
                Map<String, Object> shown = records(api);
                assertArbitrationPaged(api, cookies.get(DemoAccounts.POLE), (long) shown.get("programme"));
                assertPublicProgrammePaged(api, (int) shown.get("year"));
            }
            server.stop();
        }
        return counts;
    }

    /**
     * While a server with programmes of 200 candidates is up: the arbitration screen shows them 50 at a time, the page
     * in the address, with links to the pages before and after it and where it stands.
     */
    private static void assertArbitrationPaged(Api api, String cookie, long programme) {
        String path = "dialogue/arbitration.xhtml?programme=" + programme + "&sort=title&page=";
        String first = page(api, cookie, path + 0);
        String second = page(api, cookie, path + 1);
        String last = page(api, cookie, path + 3);
        assertThat(rows(first)).as("the first page's candidates").isEqualTo(50);
        assertThat(rows(second)).as("the second page's candidates").isEqualTo(50);
        assertThat(first).contains("id=\"nextCandidates\"").doesNotContain("id=\"previousCandidates\"")
                .containsPattern("Candidats 1 à 50 sur 1\\d\\d");
        assertThat(second).contains("id=\"previousCandidates\"", "id=\"nextCandidates\"", "sort=title", "page=2")
                .containsPattern("Candidats 51 à 100 sur ");
        assertThat(last).contains("id=\"previousCandidates\"").doesNotContain("id=\"nextCandidates\"");
        assertThat(page(api, cookie, path + 9)).as("past the last page: the last page")
                .contains("id=\"previousCandidates\"").doesNotContain("id=\"nextCandidates\"");
    }

    /** Likewise, the public page of a programme of 160 projects shows them 20 at a time, its figures the whole's. */
    private static void assertPublicProgrammePaged(Api api, int year) {
        String path = "public/programme.xhtml?year=" + year + "&page=";
        String first = page(api, null, path + 0);
        String third = page(api, null, path + 2);
        assertThat(sections(first)).as("the first page's projects").isEqualTo(20);
        assertThat(sections(third)).as("the third page's projects").isEqualTo(20);
        assertThat(first).contains("id=\"nextProjects\"").doesNotContain("id=\"previousProjects\"")
                .containsPattern("Projets 1 à 20 sur 1\\d\\d").containsPattern("<dd>1\\d\\d</dd>");
        assertThat(third).contains("id=\"previousProjects\"", "id=\"nextProjects\"", "page=1", "page=3")
                .containsPattern("Projets 41 à 60 sur ");
        assertThat(page(api, null, path + 50)).as("past the last page: the last page")
                .contains("id=\"previousProjects\"").doesNotContain("id=\"nextProjects\"");
    }

    private static long sections(String html) {
        return html.split("class=\"public-project\"", -1).length - 1;
    }

    private static String page(Api api, String cookie, String path) {
        HttpRequest.Builder request = api.request(path, null).GET().setHeader("Accept", "text/html");
        if (cookie != null) {
            String[] header = cookie.split(": ", 2);
            request.header(header[0], header[1]);
        }
        HttpResponse<String> response = api.send(request.build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static long rows(String html) {
        return html.split("class=\"decision-select\"", -1).length - 1;
    }

    private static HttpRequest.Builder request(Api api, Probe probe, String credential) {
        HttpRequest.Builder request = (probe.via() == Via.BASIC ? api.requestWithPassword(probe.path(), probe.as())
                : api.request(probe.path(), null)).GET();
        if (!probe.path().startsWith("api/")) {
            request.setHeader("Accept", "text/html");
        }
        if (credential != null) {
            String[] header = credential.split(": ", 2);
            request.header(header[0], header[1]);
        }
        return request;
    }

    /** The records the probes show, chosen the same way at every scale. */
    private static Map<String, Object> records(Api api) {
        int year = LocalDate.now().getYear() - 2;
        long programme = JsonBodies.object(api.get("api/programmes?sort=-year&size=100", DemoAccounts.POLE).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("year") == year).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Map<String, Object> records = new LinkedHashMap<>();
        records.put("year", year);
        records.put("programme", programme);
        records.put("candidate", firstId(api, "api/programmes/" + programme + "/candidates?size=1"));
        records.put("project", firstId(api, "api/programmes/" + programme + "/projects?size=1"));
        records.put("workshop", firstId(api, "api/workshops?sort=-start&size=1"));
        records.put("oldWorkshop", firstId(api, "api/workshops?sort=start&size=1"));
        // one of the demo's evaluations, the same at every scale: what must not grow is its cost with the others
        records.put("evaluation", JsonBodies.object(api.get("api/evaluations?sort=title&size=100", DemoAccounts.POLE)
                .body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.getString("title").contains(", lot ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue());
        records.put("published", JsonBodies.object(api.get("api/public/evaluations?size=1", null).body())
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        return records;
    }

    private static long firstId(Api api, String path) {
        return JsonBodies.object(api.get(path, DemoAccounts.POLE).body()).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** The probes and their budgets; {@code r} names the records (empty when only the names and budgets matter). */
    private static List<Probe> probes(Map<String, Object> r) {
        Object programme = r.get("programme");
        String search = URLEncoder.encode("bibliothèque", StandardCharsets.UTF_8);
        String pole = DemoAccounts.POLE;
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("GET /api/me, session", "api/me", pole, Via.SESSION, 0),
                new Probe("GET /api/me, token", "api/me", pole, Via.TOKEN, 0),
                new Probe("home page, pôle", "index.xhtml", pole, 11),
                new Probe("home page, directorate", "index.xhtml", DemoAccounts.DIRECTORATE, 11),
                new Probe("home page, elected official", "index.xhtml", DemoAccounts.ELECTED, 5),
                new Probe("home page, participant", "index.xhtml", DemoAccounts.PARTICIPANT, 3),
                new Probe("programme page", "dialogue/programme.xhtml?id=" + programme, pole, 18),
                new Probe("candidate page", "dialogue/candidate.xhtml?id=" + r.get("candidate"), pole, 18),
                new Probe("arbitration page", "dialogue/arbitration.xhtml?programme=" + programme, pole, 17),
                new Probe("recommendations page", "dialogue/recommendations.xhtml?programme=" + programme, pole, 12),
                new Probe("dashboard page", "dialogue/dashboard.xhtml?programme=" + programme, pole, 3),
                new Probe("project page", "dialogue/project.xhtml?id=" + r.get("project"), pole, 27),
                new Probe("workshop page", "prospective/workshop.xhtml?id=" + r.get("workshop"), pole, 25),
                new Probe("document page", "prospective/document.xhtml?workshop=" + r.get("oldWorkshop"), pole, 31),
                new Probe("markers page", "prospective/markers.xhtml", pole, 1),
                new Probe("evaluation page", "evaluation/evaluation.xhtml?id=" + r.get("evaluation"), pole, 26),
                new Probe("public programme page", "public/programme.xhtml?year=" + r.get("year"), null, 4),
                new Probe("public evaluation page", "public/evaluation.xhtml?id=" + r.get("published"), null, 9),
                new Probe("public workshops page", "public/workshops.xhtml", null, 3),
                new Probe("search page", "search.xhtml?q=" + search, pole, 4),
                new Probe("GET /api/search", "api/search?q=" + search, pole, 4),
                new Probe("GET /api/programmes", "api/programmes?status=CLOSED&sort=-year", pole, 3),
                new Probe("GET /api/programmes/{id}/candidates",
                        "api/programmes/" + programme + "/candidates?status=ARBITRATED&sort=title&size=50", pole, 5),
                new Probe("GET /api/programmes/{id}/projects",
                        "api/programmes/" + programme + "/projects?sort=title", pole, 4),
                new Probe("GET /api/recommendations", "api/recommendations?programmeId=" + programme
                        + "&overdue=true&sort=dueDate,-recordedOn&size=50", pole, 3),
                new Probe("GET /api/recommendations (directorate)", "api/recommendations?sort=dueDate&size=50",
                        DemoAccounts.DIRECTORATE, 3),
                new Probe("GET /api/workshops", "api/workshops?sort=-start", pole, 2),
                new Probe("GET /api/workshops (elected official)", "api/workshops?sort=-start", DemoAccounts.ELECTED, 2),
                new Probe("GET /api/evaluations", "api/evaluations?sort=title", pole, 2),
                new Probe("GET /api/evaluation-recommendations", "api/evaluation-recommendations?sort=dueDate", pole, 3),
                new Probe("GET /api/accounts", "api/accounts?role=DIRECTORATE&sort=displayName", pole, 2)));
        return probes;
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
