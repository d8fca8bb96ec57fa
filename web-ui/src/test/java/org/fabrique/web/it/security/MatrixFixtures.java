package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;

/**
 * What the role matrix and the bad-input corpus call with: the callers and their personal tokens, a record of each
 * kind every path names, made through the API as the pôle, and the calls themselves.
 */
final class MatrixFixtures {

    private static final String JSON = "application/json";
    /** What a POST or PUT sends unless said otherwise: a version no record has, so that nothing is written. */
    private static final String STALE = "{\"version\":-1}";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    record Caller(String column, String username, String password, String token, long tokenId) {

        boolean anonymous() {
            return username == null;
        }
    }

    /** A path parameter the test has no record for. */
    static final class NoFixture extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoFixture(String variable) {
            super(variable);
        }
    }

    /** A token made for one call of {@code DELETE /api/me/tokens/{id}}, revoked at the end if the call did not. */
    record Throwaway(Caller owner, long id) {
    }


    private final Api api;
    final List<Caller> callers = new ArrayList<>();
    /** The value of each path parameter: "{name}", or for an id "segment/{id}" after the segment it follows. */
    private final Map<String, String> values = new HashMap<>();
    /** Path parameters made afresh for each call. */
    private final Map<String, Function<Caller, String>> perCall = new HashMap<>();
    /** The query a template needs, by template. */
    private final Map<String, String> queries = new HashMap<>();
    /** The body of a POST or PUT, by endpoint key, when {@link #STALE} will not do. */
    private final Map<String, String> bodies = new HashMap<>();
    /** What this server answers instead of the table, by "endpoint key|column", and only for a reason it gives. */
    private final Map<String, String> environment = new HashMap<>();
    private final List<Throwaway> throwaways = new ArrayList<>();

    MatrixFixtures(Api api) {
        this.api = api;
    }

    /** The callers' tokens, then every record a path names, made through the API as the pôle. */
    void prepare() {
        JsonObject outsider = openParticipant("matrixp");
        callers.add(new Caller(RoleMatrixTable.CALLERS.get(0), null, null, null, 0));
        callers.add(caller(RoleMatrixTable.CALLERS.get(1), DemoAccounts.POLE, DemoAccounts.PASSWORD));
        callers.add(caller(RoleMatrixTable.CALLERS.get(2), DemoAccounts.DIRECTORATE, DemoAccounts.PASSWORD));
        callers.add(caller(RoleMatrixTable.CALLERS.get(3), DemoAccounts.DIRECTORATE_2, DemoAccounts.PASSWORD));
        callers.add(caller(RoleMatrixTable.CALLERS.get(4), DemoAccounts.ELECTED, DemoAccounts.PASSWORD));
        callers.add(caller(RoleMatrixTable.CALLERS.get(5), DemoAccounts.ELECTED_2, DemoAccounts.PASSWORD));
        callers.add(caller(RoleMatrixTable.CALLERS.get(6), DemoAccounts.PARTICIPANT, DemoAccounts.PASSWORD));
        callers.add(caller(RoleMatrixTable.CALLERS.get(7), outsider.getString("username"), TestAccounts.PASSWORD));

        LocalDate today = DialogueApi.today();
        long culture = JsonBodies.object(api.get("api/me", DemoAccounts.DIRECTORATE).body())
                .getJsonNumber("directorateId").longValue();
        core(outsider);
        DialogueApi dialogue = new DialogueApi(api);
        dialogue(dialogue, culture, today);
        evaluation(dialogue, culture, today);
        prospective(culture, today);
        bodies(today);
    }

    /** Accounts, reference data, backups, tokens. */
    private void core(JsonObject outsider) {
        values.put("accounts/{id}", String.valueOf(id(outsider)));
        disabledFirstAccount();
        values.put("directorates/{id}", firstId("api/directorates?size=1"));
        values.put("policies/{id}", firstId("api/policies?size=1"));
        values.put("neighbourhoods/{id}", firstId("api/neighbourhoods?size=1"));
        String backup = newestBackup();
        if (backup == null) {
            // on PostgreSQL Fabrique takes no backup (pg_dump does): the pôle finds none by that name
            environment.put("GET /api/admin/backups/{file}|POLE", "404");
        }
        values.put("{file}", segment(backup == null ? "no-backup.zip" : backup));
        perCall.put("tokens/{id}", this::throwawayToken);
        queries.put("/api/search", "?q=atelier");
        values.put("{format}", "csv");
    }

    /** A validated programme of its own year with a project of direction's, its session, a PDF and a recommendation. */
    private void dialogue(DialogueApi dialogue, long culture, LocalDate today) {
        JsonObject project = dialogue.validatedProject();
        long projectId = id(project);
        values.put("projects/{id}", String.valueOf(projectId));
        values.put("programmes/{id}", String.valueOf(project.getJsonNumber("programmeId").longValue()));
        values.put("{year}", String.valueOf(project.getInt("year")));
        long session = id(created(api.post("api/projects/" + projectId + "/sessions", DemoAccounts.POLE, JSON,
                "{\"date\":\"" + today + "\",\"place\":\"Maison de quartier\",\"method\":\"CO_CONSTRUCTION_WORKSHOP\","
                        + "\"group\":\"RESIDENTS\",\"participants\":24}")));
        values.put("sessions/{id}", String.valueOf(session));
        HttpResponse<String> pdf = api.send(api.request("api/sessions/" + session + "/attachments?name=matrice.pdf",
                DemoAccounts.POLE).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")).build());
        values.put("attachments/{id}", String.valueOf(id(created(pdf))));
        values.put("recommendations/{id}", String.valueOf(id(created(api.post("api/projects/" + projectId
                + "/recommendations", DemoAccounts.POLE, JSON, "{\"text\":\"Ouvrir la médiathèque le dimanche\","
                + "\"directorateId\":" + culture + "}")))));
        values.put("{method}", "CO_CONSTRUCTION_WORKSHOP");
    }

    /**
     * An evaluation with direction, elu and expert on its steering committee: a question, an indicator measured
     * once, an interview quoted, a recommendation owned by direction's directorate, which commissions a candidate
     * of direction's. And the demo's published report.
     */
    private void evaluation(DialogueApi dialogue, long culture, LocalDate today) {
        EvaluationApi evaluations = new EvaluationApi(api);
        long evaluation = evaluations.frame();
        evaluations.steering(evaluation, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT);
        values.put("evaluations/{id}", String.valueOf(evaluation));
        values.put("evaluation-questions/{id}", String.valueOf(evaluations.question(evaluation)));
        long indicator = evaluations.indicator(evaluation);
        values.put("indicators/{id}", String.valueOf(indicator));
        JsonObject measured = created(evaluations.measure(indicator, "2025-01-31", "42"));
        values.put("{measurementId}", String.valueOf(measured.getJsonArray("measurements").getValuesAs(JsonObject.class)
                .stream().filter(m -> "2025-01-31".equals(m.getString("measuredOn"))).findFirst().map(MatrixFixtures::id)
                .orElseThrow(() -> new IllegalStateException("no measurement of 2025-01-31 in " + measured))));
        long interview = evaluations.interview(evaluation, "DIRECTOR", "Jeanne Matrice");
        values.put("interviews/{id}", String.valueOf(interview));
        values.put("quotes/{id}", String.valueOf(evaluations.quote(interview,
                "Les ateliers ont changé notre façon de décider.", "gouvernance")));
        long recommendation = evaluations.recommendation(evaluation);
        evaluations.assign(recommendation, culture, today.plusMonths(2).toString());
        values.put("evaluation-recommendations/{id}", String.valueOf(recommendation));

        JsonObject commission = commissionCandidate(dialogue, recommendation, culture);
        values.put("commissions/{id}", String.valueOf(id(commission)));
        String target = commission.getString("target");
        assertThat(target).as("the commissioned record").startsWith("CANDIDATE_PROJECT:");
        values.put("candidates/{id}", target.substring("CANDIDATE_PROJECT:".length()));

        JsonArray published = JsonBodies.object(api.get("api/public/evaluations?size=1", null).body()).getJsonArray("items");
        assertThat(published).as("a published evaluation report (the demo's)").isNotEmpty();
        values.put("public/evaluations/{id}", String.valueOf(id(published.getJsonObject(0))));
    }

    /**
     * A workshop of its own cycle presided by elu, direction and expert in its group (the pôle not), one more
     * member to take out, a resource, a session, an amendment of expert's (withdrawn), the document adopted and an action of
     * direction's directorate.
     */
    private void prospective(long culture, LocalDate today) {
        ProspectiveApi prospective = new ProspectiveApi(api);
        long workshop = prospective.workshopWithVersion();
        values.put("workshops/{id}", String.valueOf(workshop));
        values.put("{number}", "1");
        queries.put("/api/workshops/{id}/versions/diff", "?from=1&to=1");
        values.put("{issueId}", String.valueOf(prospective.issueVersions(workshop).keySet().iterator().next()));
        values.put("{resourceId}", String.valueOf(id(created(api.post("api/workshops/" + workshop + "/resources",
                DemoAccounts.POLE, JSON, "{\"type\":\"DIAGNOSTIC\",\"title\":\"Matrice des rôles\"}")))));
        values.put("{marker}", "CITIZEN_PARTICIPATION");

        JsonObject extra = openParticipant("matrixs");
        HttpResponse<String> me = api.send(api.request("api/me", null)
                .header("Authorization", Api.basic(extra.getString("username"), TestAccounts.PASSWORD)).GET().build());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        long extraPerson = JsonBodies.object(me.body()).getJsonNumber("personId").longValue();
        long version = JsonBodies.object(api.get("api/workshops/" + workshop, DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        HttpResponse<String> seated = prospective.seat(workshop, extraPerson, "CIVIL_SOCIETY", version);
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
        values.put("{personId}", String.valueOf(extraPerson));

        values.put("{sessionId}", String.valueOf(id(prospective.convene(workshop, "SCENARIO", today.plusDays(14).toString()))));

        JsonObject amendment = prospective.proposed(workshop);
        values.put("{amendmentId}", String.valueOf(id(amendment)));
        HttpResponse<String> withdrawn = api.post("api/workshops/" + workshop + "/amendments/" + id(amendment)
                + "/withdrawal", DemoAccounts.PARTICIPANT, JSON, "{\"version\":" + amendment.getJsonNumber("version") + "}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        long document = JsonBodies.object(api.get("api/workshops/" + workshop + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        HttpResponse<String> adopted = api.post("api/workshops/" + workshop + "/document/adoption", DemoAccounts.POLE,
                JSON, "{\"version\":" + document + "}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        values.put("{actionId}", String.valueOf(id(created(api.post("api/workshops/" + workshop + "/actions",
                DemoAccounts.POLE, JSON, action(culture, today))))));
    }

    /**
     * Complete bodies with a stale version, where the check that tells the callers apart (own directorate,
     * organiser, member) comes after the body's validation: {@link #STALE} alone would answer 400 to everyone.
     */
    private void bodies(LocalDate today) {
        bodies.put("PUT /api/candidates/{id}", "{\"title\":\"Matrice des rôles\",\"version\":-1}");
        bodies.put("PUT /api/candidates/{id}/feasibility", "{\"criteria\":[{\"criterion\":\"HIGH_STAKES\","
                + "\"assessment\":\"FAVOURABLE\"}],\"opinion\":\"FEASIBLE\",\"version\":-1}");
        bodies.put("PUT /api/candidates/{id}/arbitration",
                "{\"decision\":\"DEFERRED\",\"reason\":\"Matrice des rôles\",\"version\":-1}");
        bodies.put("PUT /api/recommendations/{id}/answer", "{\"position\":\"UNDER_STUDY\",\"version\":-1}");
        bodies.put("PUT /api/evaluation-recommendations/{id}/follow-up", "{\"status\":\"IN_PROGRESS\",\"version\":-1}");
        bodies.put("POST /api/workshops/{id}/amendments", "{\"chapter\":\"RECOMMENDATIONS\","
                + "\"passage\":\"Un guichet unique en mairie\",\"proposedText\":\"Un guichet dans chaque quartier\","
                + "\"rationale\":\"La proximité d'abord\"}");
        bodies.put("POST /api/workshops/{id}/amendments/{amendmentId}/decision", "{\"decision\":\"REJECTED\",\"version\":-1}");
        // a directorate that does not exist: 400 once the caller passed the checks of its place in the workshop
        bodies.put("POST /api/workshops/{id}/actions", action(999_999_999L, today));
        bodies.put("PUT /api/workshops/{id}/actions/{actionId}/progress",
                "{\"status\":\"IN_PROGRESS\",\"progress\":50,\"version\":-1}");
    }

    private static String action(long directorate, LocalDate today) {
        return "{\"recommendation\":\"Un guichet unique en mairie\",\"title\":\"Ouvrir le guichet\",\"directorateId\":"
                + directorate + ",\"pilot\":\"Mme Martin\",\"deadline\":\"" + today.plusMonths(6) + "\"}";
    }

    /** The record a path parameter names ("projects/{id}", "{year}"…), made by {@link #prepare()}. */
    String value(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new NoFixture(key);
        }
        return value;
    }

    /** The endpoint's path for this caller, its parameters replaced by the records above. */
    String path(RestEndpoints.Endpoint endpoint, Caller caller) {
        String template = endpoint.template();
        StringBuilder path = new StringBuilder();
        String previous = "";
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Matcher variable = VARIABLE.matcher(segment);
            StringBuilder resolved = new StringBuilder();
            while (variable.find()) {
                String name = variable.group(1);
                String key = "id".equals(name)
                        ? (template.startsWith("/api/public/") ? "public/" : "") + previous + "/{id}"
                        : "{" + name + "}";
                Function<Caller, String> fresh = perCall.get(key);
                String value = fresh != null ? fresh.apply(caller) : values.get(key);
                if (value == null) {
                    throw new NoFixture(key);
                }
                variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            variable.appendTail(resolved);
            path.append('/').append(resolved);
            previous = segment;
        }
        return path + queries.getOrDefault(template, "");
    }

    /** The call, with the caller's token, a stale or incomplete JSON body for a POST or PUT that reads one. */
    HttpResponse<byte[]> call(RestEndpoints.Endpoint endpoint, Caller caller, String path) {
        HttpRequest.Builder request = api.request(path, null).setHeader("Accept", endpoint.accepts())
                .timeout(Duration.ofMinutes(2));
        if (!caller.anonymous()) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        switch (endpoint.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> {
                if (endpoint.readsBody()) {
                    request.header("Content-Type", JSON).method(endpoint.method(), HttpRequest.BodyPublishers
                            .ofString(bodies.getOrDefault(endpoint.key(), STALE), StandardCharsets.UTF_8));
                } else {
                    request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
                }
            }
        }
        return send(request.build());
    }

    /** A request of the caller's with this body, sent as it is: what the bad-input corpus sends. */
    HttpResponse<byte[]> send(Caller caller, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = api.request(path, null).setHeader("Accept", JSON).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + caller.token());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    String expected(RestEndpoints.Endpoint endpoint, Caller caller, String cell) {
        return environment.getOrDefault(endpoint.key() + "|" + caller.column(), cell);
    }

    /** Revokes the tokens of the run and those made for a call that did not revoke them; never fails. */
    void cleanUp() {
        for (Throwaway token : throwaways) {
            quietly(() -> revoke(token.owner(), token.id()));
        }
        for (Caller caller : callers) {
            if (!caller.anonymous()) {
                quietly(() -> revoke(caller, caller.tokenId()));
            }
        }
    }

    private void revoke(Caller owner, long id) {
        send(api.request("api/me/tokens/" + id, null).header("Authorization", "Bearer " + owner.token())
                .DELETE().build());
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // the next token is still revoked
        }
    }

    /**
     * Sends; a lock of the sign-in throttle (429: other classes' wrong tokens from this address within a
     * minute) is waited out, up to three times.
     */
    private HttpResponse<byte[]> send(HttpRequest request) {
        HttpResponse<byte[]> answer = api.send(request, HttpResponse.BodyHandlers.ofByteArray());
        for (int retry = 0; answer.statusCode() == 429 && retry < 3; retry++) {
            long seconds = answer.headers().firstValue("Retry-After").map(MatrixFixtures::seconds).orElse(30L);
            try {
                Thread.sleep(seconds * 1000 + 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = api.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        return answer;
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.min(Long.parseLong(retryAfter.strip()), 16 * 60);
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    /** A caller with a personal token of its own, made with its password. */
    private Caller caller(String column, String username, String password) {
        HttpResponse<byte[]> created = send(api.request("api/me/tokens", null)
                .header("Authorization", Api.basic(username, password)).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Matrice des roles\"}")).build());
        String body = new String(created.body(), StandardCharsets.UTF_8);
        assertThat(created.statusCode()).as(username + ": " + body).isEqualTo(201);
        JsonObject token = JsonBodies.object(body);
        return new Caller(column, username, password, token.getString("token"), id(token));
    }

    /** A token of the caller's (of the pôle's for anonymous), for it to revoke. */
    private String throwawayToken(Caller caller) {
        Caller owner = caller.anonymous() ? callers.get(1) : caller;
        HttpResponse<byte[]> created = send(api.request("api/me/tokens", null)
                .header("Authorization", "Bearer " + owner.token()).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Matrice des roles, a revoquer\"}")).build());
        String body = new String(created.body(), StandardCharsets.UTF_8);
        assertThat(created.statusCode()).as(owner.username() + ": " + body).isEqualTo(201);
        long id = id(JsonBodies.object(body));
        throwaways.add(new Throwaway(owner, id));
        return String.valueOf(id);
    }

    /** A disabled account whose name sorts first, so that the accounts page offers to enable one. */
    private void disabledFirstAccount() {
        JsonObject account = openParticipant("aaamatrix");
        HttpResponse<String> disabled = api.post("api/accounts/" + id(account) + "/deactivation", DemoAccounts.POLE, JSON,
                "{\"version\":" + account.getJsonNumber("version") + "}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    }

    /** A participant account of the test's own, in no workshop and on no steering committee. */
    private JsonObject openParticipant(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000_000L;
        return created(api.post("api/accounts", DemoAccounts.POLE, JSON, "{\"username\":\"" + username + "\",\"password\":\""
                + TestAccounts.PASSWORD + "\",\"displayName\":\"Paul Matrice\",\"email\":\"" + username
                + "@demo.fabrique.test\",\"category\":\"EXTERNAL_EXPERT\",\"role\":\"PARTICIPANT\"}"));
    }

    /** The newest backup kept, one taken now if none is; null where Fabrique takes none (PostgreSQL). */
    private String newestBackup() {
        HttpResponse<String> list = api.get("api/admin/backups?size=1", DemoAccounts.POLE);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonArray kept = JsonBodies.object(list.body()).getJsonArray("items");
        if (!kept.isEmpty()) {
            return kept.getJsonObject(0).getString("file");
        }
        HttpResponse<String> taken = api.post("api/admin/backups", DemoAccounts.POLE, JSON, "");
        if (taken.statusCode() == 409) {
            return null;
        }
        return created(taken).getString("file");
    }

    /** A candidate of direction's commissioned by the recommendation, in the next open programme. */
    private JsonObject commissionCandidate(DialogueApi dialogue, long recommendation, long culture) {
        String path = "api/evaluation-recommendations/" + recommendation + "/commissions";
        String body = "{\"kind\":\"CANDIDATE_PROJECT\",\"title\":\"Un panel pour la matrice des rôles\","
                + "\"directorateId\":" + culture + "}";
        HttpResponse<String> answer = api.post(path, DemoAccounts.POLE, JSON, body);
        if (answer.statusCode() == 409) {
            // no programme open this year or later: open one of the tests' own years, then commission again
            dialogue.openProgrammeAcceptingToday();
            answer = api.post(path, DemoAccounts.POLE, JSON, body);
        }
        return created(answer);
    }

    private String firstId(String path) {
        HttpResponse<String> list = api.get(path, DemoAccounts.POLE);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonArray items = JsonBodies.object(list.body()).getJsonArray("items");
        assertThat(items).as(path).isNotEmpty();
        return String.valueOf(id(items.getJsonObject(0)));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body());
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }
}
