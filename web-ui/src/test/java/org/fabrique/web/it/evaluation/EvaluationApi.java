package org.fabrique.web.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;

/**
 * The evaluation API as the tests drive it, as the pôle unless said otherwise: a fresh evaluation each
 * time, framed in a year of its own among 2040 to 2089 and with a title of its own.
 */
public final class EvaluationApi {

    public static final String JSON = "application/json";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Api api;

    public EvaluationApi(Api api) {
        this.api = api;
    }

    /** The body the pôle frames an evaluation with: a mid-term, participatory, internal evaluation of a method. */
    public static String framing(int programmeYear, String title) {
        return "{\"programmeYear\":" + programmeYear + ",\"title\":\"" + title + "\",\"object\":\"METHOD\","
                + "\"objectDescription\":\"Les Ateliers prospectifs et leur référentiel.\","
                + "\"originLabel\":\"Délibération du conseil municipal\",\"type\":\"MID_TERM\",\"participatory\":true,"
                + "\"evaluatorKind\":\"INTERNAL\",\"evaluators\":\"Pôle évaluation\",\"start\":\"" + programmeYear
                + "-01-15\",\"end\":\"" + programmeYear + "-12-15\"}";
    }

    /** A fresh evaluation in framing, its id. */
    public long frame() {
        int n = NEXT.incrementAndGet();
        return id(frame(2040 + n % 50, "Évaluation d'essai " + n + " " + System.nanoTime()));
    }

    /** Frames an evaluation in that year's programme, as the pôle; the created evaluation. */
    public JsonObject frame(int programmeYear, String title) {
        return created(api.post("api/evaluations", DemoAccounts.POLE, JSON, framing(programmeYear, title)));
    }

    /** The evaluation as the pôle reads it. */
    public JsonObject get(long evaluationId) {
        HttpResponse<String> response = api.get("api/evaluations/" + evaluationId, DemoAccounts.POLE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    public long version(long evaluationId) {
        return get(evaluationId).getJsonNumber("version").longValue();
    }

    /** Sends {@code {status, version}} to the evaluation's progress, as the pôle. */
    public HttpResponse<String> progress(long evaluationId, String status, long version) {
        return api.post("api/evaluations/" + evaluationId + "/progress", DemoAccounts.POLE, JSON,
                "{\"status\":\"" + status + "\",\"version\":" + version + "}");
    }

    /** Moves the evaluation one step forward; the evaluation after. */
    public JsonObject advance(long evaluationId) {
        JsonObject evaluation = get(evaluationId);
        HttpResponse<String> advanced = progress(evaluationId, evaluation.getString("nextStatus"),
                evaluation.getJsonNumber("version").longValue());
        assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
        return JsonBodies.object(advanced.body());
    }

    /** The id of a demo account, as the pôle finds it in the accounts. */
    public long accountOf(String username) {
        HttpResponse<String> accounts = api.get("api/accounts?size=500", DemoAccounts.POLE);
        assertThat(accounts.statusCode()).as(accounts.body()).isEqualTo(200);
        return JsonBodies.object(accounts.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Appoints these accounts as the steering committee (replacing it); the evaluation after. */
    public JsonObject steering(long evaluationId, String... usernames) {
        String ids = Arrays.stream(usernames).map(u -> String.valueOf(accountOf(u))).collect(Collectors.joining(","));
        HttpResponse<String> appointed = put("api/evaluations/" + evaluationId + "/steering-committee", DemoAccounts.POLE,
                "{\"accountIds\":[" + ids + "],\"version\":" + version(evaluationId) + "}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);
        return JsonBodies.object(appointed.body());
    }

    /** An evaluative question on effectiveness and impact; its id. */
    public long question(long evaluationId) {
        return id(created(api.post("api/evaluations/" + evaluationId + "/questions", DemoAccounts.POLE, JSON,
                "{\"text\":\"Les ateliers ont-ils éclairé les décisions des élus ?\",\"criteria\":[\"EFFECTIVENESS\",\"IMPACT\"]}")));
    }

    /** An indicator from 20 to 80 percent, without measurements; its id. */
    public long indicator(long evaluationId) {
        return id(created(api.post("api/evaluations/" + evaluationId + "/indicators", DemoAccounts.POLE, JSON,
                "{\"name\":\"Taux de présence des élus\",\"unit\":\"%\",\"baseline\":20,\"target\":80,"
                        + "\"source\":\"Feuilles d'émargement\"}")));
    }

    /** Records a measurement of the indicator, as the pôle: the answer (201 with the indicator, or the problem). */
    public HttpResponse<String> measure(long indicatorId, String measuredOn, String value) {
        return api.post("api/indicators/" + indicatorId + "/measurements", DemoAccounts.POLE, JSON,
                "{\"measuredOn\":\"" + measuredOn + "\",\"value\":" + value + "}");
    }

    /** An interview of a person of that category ({@code ELECTED_OFFICIAL}, {@code DIRECTOR}…), named; its id. */
    public long interview(long evaluationId, String category, String name) {
        return id(created(api.post("api/evaluations/" + evaluationId + "/interviews", DemoAccounts.POLE, JSON,
                "{\"category\":\"" + category + "\",\"intervieweeName\":\"" + name + "\",\"interviewedOn\":\"2025-03-12\","
                        + "\"interviewer\":\"Pôle évaluation\",\"notes\":\"Entretien semi-directif d'une heure.\"}")));
    }

    /** A quote of the interview with these themes; its id. */
    public long quote(long interviewId, String text, String... themes) {
        String tags = Arrays.stream(themes).map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        return id(created(api.post("api/interviews/" + interviewId + "/quotes", DemoAccounts.POLE, JSON,
                "{\"text\":\"" + text + "\",\"themes\":[" + tags + "]}")));
    }

    /** A recommendation of the evaluation; its id. */
    public long recommendation(long evaluationId) {
        return id(created(api.post("api/evaluations/" + evaluationId + "/recommendations", DemoAccounts.POLE, JSON,
                "{\"text\":\"Ouvrir les ateliers à des habitants tirés au sort.\"}")));
    }

    /** Assigns the recommendation to a directorate with a due date (ISO), as the pôle; the recommendation after. */
    public JsonObject assign(long recommendationId, long directorateId, String dueDate) {
        HttpResponse<String> assigned = put("api/evaluation-recommendations/" + recommendationId + "/assignment",
                DemoAccounts.POLE, "{\"ownerDirectorateId\":" + directorateId + ",\"dueDate\":\"" + dueDate + "\",\"version\":"
                        + recommendationVersion(recommendationId) + "}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        return JsonBodies.object(assigned.body());
    }

    /** Says where the recommendation's follow-up stands, as that account: the answer. */
    public HttpResponse<String> followUp(long recommendationId, String username, String status, String comment) {
        return put("api/evaluation-recommendations/" + recommendationId + "/follow-up", username,
                "{\"status\":\"" + status + "\",\"comment\":\"" + comment + "\",\"version\":" + recommendationVersion(recommendationId) + "}");
    }

    /** The current version of an evaluation's recommendation, read by the pôle among them all (0 for an unknown one). */
    public long recommendationVersion(long recommendationId) {
        return JsonBodies.object(api.get("api/evaluation-recommendations?size=500", DemoAccounts.POLE).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == recommendationId).findFirst()
                .map(r -> r.getJsonNumber("version").longValue()).orElse(0L);
    }

    /** The directorate of a DIRECTORATE account. */
    public long directorateOf(String username) {
        return JsonBodies.object(api.get("api/me", username).body()).getJsonNumber("directorateId").longValue();
    }

    public HttpResponse<String> put(String path, String username, String body) {
        return api.send(api.request(path, username).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body());
    }

    public static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }
}
