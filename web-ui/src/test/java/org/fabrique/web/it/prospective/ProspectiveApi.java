package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;

/**
 * The steps of a workshop through the API, for the tests to combine: each test sets up a workshop of its
 * own, presided by {@code elu}, with {@code expert} (charter acknowledged) and {@code direction} (charter
 * not acknowledged) as members; {@code elu2} and {@code direction2} stay outside the group.
 */
public final class ProspectiveApi {

    public static final String JSON = "application/json";
    private static final AtomicInteger NEXT = new AtomicInteger();
    public static final String DRAFT = "{\"issues\":\"Vieillir chez soi, dans son quartier.\","
            + "\"positioning\":\"La Ville est animatrice du réseau gérontologique.\","
            + "\"specificChoices\":\"Priorité aux personnes isolées.\","
            + "\"recommendations\":\"- Un guichet unique en mairie\\n- Des visites de convivialité\","
            + "\"conditionsOfSuccess\":\"Commander une évaluation à trois ans.\"}";

    private final Api api;

    public ProspectiveApi(Api api) {
        this.api = api;
    }

    public long personOf(String username) {
        return JsonBodies.object(api.get("api/me", username).body()).getJsonNumber("personId").longValue();
    }

    /** A workshop of its own cycle, in preparation, presided by elu, with expert and direction seated. */
    public long workshop() {
        String suffix = System.nanoTime() + "-" + NEXT.incrementAndGet();
        JsonObject cycle = created(api.post("api/cycles", DemoAccounts.POLE, JSON,
                "{\"name\":\"Cycle d'essai " + suffix + "\",\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}"));
        long id = created(api.post("api/workshops", DemoAccounts.POLE, JSON, "{\"cycleId\":" + cycle.getJsonNumber("id")
                + ",\"title\":\"Vieillir en ville " + suffix + "\",\"presidentId\":" + personOf(DemoAccounts.ELECTED) + "}"))
                .getJsonNumber("id").longValue();
        seat(id, DemoAccounts.PARTICIPANT, "EXTERNAL_EXPERT");
        seat(id, DemoAccounts.DIRECTORATE, "DIRECTORATE_RESOURCE_PERSON");
        assertThat(api.post("api/workshops/" + id + "/charter", DemoAccounts.ELECTED, JSON, "").statusCode()).isEqualTo(204);
        assertThat(api.post("api/workshops/" + id + "/charter", DemoAccounts.PARTICIPANT, JSON, "").statusCode()).isEqualTo(204);
        return id;
    }

    private void seat(long workshopId, String username, String category) {
        created(api.post("api/workshops/" + workshopId + "/participants", DemoAccounts.POLE, JSON,
                "{\"personId\":" + personOf(username) + ",\"category\":\"" + category + "\"}"));
    }

    /** A workshop in its scenario sequence, with version 1 submitted by its president. */
    public long workshopWithVersion() {
        long id = workshop();
        for (int step = 0; step < 3; step++) {
            HttpResponse<String> advanced = api.post("api/workshops/" + id + "/advance", DemoAccounts.POLE, JSON, "");
            assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
        }
        HttpResponse<String> draft = put("api/workshops/" + id + "/document/draft", DemoAccounts.POLE, DRAFT);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        created(submit(id, DemoAccounts.ELECTED));
        return id;
    }

    public HttpResponse<String> submit(long workshopId, String username) {
        return api.post("api/workshops/" + workshopId + "/versions", username, JSON, "{}");
    }

    public HttpResponse<String> propose(long workshopId, String username) {
        return api.post("api/workshops/" + workshopId + "/amendments", username, JSON,
                "{\"chapter\":\"RECOMMENDATIONS\",\"passage\":\"Un guichet unique en mairie\","
                        + "\"proposedText\":\"Un guichet unique dans chaque quartier\",\"rationale\":\"La proximité d'abord\"}");
    }

    public JsonObject proposed(long workshopId) {
        return created(propose(workshopId, DemoAccounts.PARTICIPANT));
    }

    public HttpResponse<String> decide(long workshopId, JsonObject amendment, String username, String decision) {
        return api.post("api/workshops/" + workshopId + "/amendments/" + amendment.getJsonNumber("id") + "/decision",
                username, JSON, "{\"decision\":\"" + decision + "\",\"version\":" + amendment.getJsonNumber("version") + "}");
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
}
