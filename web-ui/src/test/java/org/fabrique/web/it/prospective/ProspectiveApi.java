package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;

/** The prospective API as the tests drive it: a fresh cycle and workshop each time. */
public final class ProspectiveApi {

    public static final String JSON = "application/json";
    public static final String DRAFT = "{\"issues\":\"Vieillir chez soi, dans son quartier.\","
            + "\"positioning\":\"La Ville est animatrice du réseau gérontologique.\","
            + "\"specificChoices\":\"Priorité aux personnes isolées.\","
            + "\"recommendations\":\"- Un guichet unique en mairie\\n- Des visites de convivialité\","
            + "\"conditionsOfSuccess\":\"Commander une évaluation à trois ans.\"}";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Api api;

    public ProspectiveApi(Api api) {
        this.api = api;
    }

    public long personOf(String username) {
        return JsonBodies.object(api.get("api/me", username).body()).getJsonNumber("personId").longValue();
    }

    public long newCycle() {
        HttpResponse<String> created = api.post("api/cycles", DemoAccounts.POLE, JSON, "{\"name\":\"Cycle d'essai "
                + NEXT.incrementAndGet() + " " + System.nanoTime() + "\",\"start\":\"2040-01-01\",\"end\":\"2040-12-31\"}");
        return created(created).getJsonNumber("id").longValue();
    }

    /** A workshop presided by the demo's "elu", "direction" seated as a directorate resource person. */
    public JsonObject workshop(long cycleId) {
        JsonObject workshop = created(api.post("api/workshops", DemoAccounts.POLE, JSON, String.format(
                "{\"cycleId\":%d,\"title\":\"Atelier d'essai\",\"kind\":\"MAJOR_ISSUE\",\"scale\":\"CITY\","
                        + "\"presidentPersonId\":%d,\"contract\":\"Un référentiel en cinq chapitres\"}",
                cycleId, personOf(DemoAccounts.ELECTED))));
        HttpResponse<String> seated = seat(workshop.getJsonNumber("id").longValue(), personOf(DemoAccounts.DIRECTORATE),
                "DIRECTORATE_RESOURCE", workshop.getJsonNumber("version").longValue());
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
        return JsonBodies.object(seated.body());
    }

    /** A workshop of its own cycle, in preparation, presided by elu, with direction and expert seated; elu and expert have signed the charter. */
    public long workshop() {
        JsonObject workshop = workshop(newCycle());
        long id = workshop.getJsonNumber("id").longValue();
        assertThat(seat(id, personOf(DemoAccounts.PARTICIPANT), "EXTERNAL_EXPERT", workshop.getJsonNumber("version").longValue())
                .statusCode()).isEqualTo(200);
        assertThat(api.post("api/workshops/" + id + "/charter", DemoAccounts.ELECTED, JSON, "").statusCode()).isEqualTo(200);
        assertThat(api.post("api/workshops/" + id + "/charter", DemoAccounts.PARTICIPANT, JSON, "").statusCode()).isEqualTo(200);
        return id;
    }

    /** A workshop in its scenario sequence (its five issues ranked on the way), with version 1 submitted by its president. */
    public long workshopWithVersion() {
        long id = workshop();
        advance(id);
        StringBuilder ranks = new StringBuilder("{\"ranks\":[");
        for (int rank = 1; rank <= 5; rank++) {
            JsonObject issue = created(api.post("api/workshops/" + id + "/issues", DemoAccounts.POLE, JSON,
                    "{\"title\":\"Enjeu " + rank + "\"}"));
            ranks.append(rank == 1 ? "" : ",").append("{\"issueId\":").append(issue.getJsonNumber("id")).append(",\"rank\":")
                    .append(rank).append(",\"version\":").append(issue.getJsonNumber("version")).append('}');
        }
        assertThat(put("api/workshops/" + id + "/issues/ranking", DemoAccounts.POLE, ranks.append("]}").toString()).statusCode())
                .isEqualTo(200);
        advance(id);
        advance(id);
        long document = JsonBodies.object(api.get("api/workshops/" + id + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        HttpResponse<String> draft = put("api/workshops/" + id + "/document/draft", DemoAccounts.POLE, Api.withVersion(DRAFT, document));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        created(submit(id, DemoAccounts.ELECTED));
        return id;
    }

    /** The version of each of the workshop's issues, by id. */
    public Map<Long, Long> issueVersions(long workshopId) {
        return JsonBodies.array(api.get("api/workshops/" + workshopId + "/issues", DemoAccounts.POLE).body())
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                        i -> i.getJsonNumber("id").longValue(), i -> i.getJsonNumber("version").longValue()));
    }

    /** Moves the workshop to the next step of the method, as the pôle. */
    public JsonObject advance(long workshopId) {
        long version = JsonBodies.object(api.get("api/workshops/" + workshopId, DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        HttpResponse<String> advanced = api.post("api/workshops/" + workshopId + "/progress", DemoAccounts.POLE, JSON,
                "{\"version\":" + version + "}");
        assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
        return JsonBodies.object(advanced.body());
    }

    public HttpResponse<String> seat(long workshopId, long personId, String category, long version) {
        return api.post("api/workshops/" + workshopId + "/participants", DemoAccounts.POLE, JSON,
                "{\"personId\":" + personId + ",\"category\":\"" + category + "\",\"version\":" + version + "}");
    }

    public JsonObject convene(long workshopId, String sequence, String date) {
        return created(api.post("api/workshops/" + workshopId + "/sessions", DemoAccounts.POLE, JSON,
                "{\"sequence\":\"" + sequence + "\",\"date\":\"" + date + "\",\"length\":\"HALF_DAY\",\"agenda\":\"Diagnostic partagé\"}"));
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

    /** A new issue of the workshop with this title, recorded by the pôle: its id. */
    public long issue(long workshopId, String title) {
        return created(api.post("api/workshops/" + workshopId + "/issues", DemoAccounts.POLE, JSON,
                "{\"title\":\"" + title + "\"}")).getJsonNumber("id").longValue();
    }

    public static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body());
    }
}
