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

/** The prospective API as the tests drive it: a fresh cycle and workshop each time. */
public final class ProspectiveApi {

    public static final String JSON = "application/json";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Api api;

    public ProspectiveApi(Api api) {
        this.api = api;
    }

    public long personOf(String username) {
        return JsonBodies.object(api.get("api/me", username).body()).getJsonNumber("personId").longValue();
    }

    public long newCycle() {
        int n = NEXT.incrementAndGet();
        HttpResponse<String> created = api.post("api/cycles", DemoAccounts.POLE, JSON,
                "{\"name\":\"Cycle d'essai " + n + " " + System.nanoTime() + "\",\"start\":\"2040-01-01\",\"end\":\"2040-12-31\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonBodies.object(created.body()).getJsonNumber("id").longValue();
    }

    /** A workshop presided by the demo's "elu", "direction" seated as a directorate resource person. */
    public JsonObject workshop(long cycleId) {
        HttpResponse<String> created = api.post("api/workshops", DemoAccounts.POLE, JSON, String.format(
                "{\"cycleId\":%d,\"title\":\"Atelier d'essai\",\"kind\":\"MAJOR_ISSUE\",\"scale\":\"CITY\","
                        + "\"presidentPersonId\":%d,\"contract\":\"Un référentiel en cinq chapitres\"}",
                cycleId, personOf(DemoAccounts.ELECTED)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject workshop = JsonBodies.object(created.body());
        HttpResponse<String> seated = seat(workshop.getJsonNumber("id").longValue(), personOf(DemoAccounts.DIRECTORATE),
                "DIRECTORATE_RESOURCE", workshop.getJsonNumber("version").longValue());
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
        return JsonBodies.object(seated.body());
    }

    public HttpResponse<String> seat(long workshopId, long personId, String category, long version) {
        return api.post("api/workshops/" + workshopId + "/participants", DemoAccounts.POLE, JSON,
                "{\"personId\":" + personId + ",\"category\":\"" + category + "\",\"version\":" + version + "}");
    }

    public JsonObject convene(long workshopId, String sequence, String date) {
        HttpResponse<String> created = api.post("api/workshops/" + workshopId + "/sessions", DemoAccounts.POLE, JSON,
                "{\"sequence\":\"" + sequence + "\",\"date\":\"" + date + "\",\"length\":\"HALF_DAY\",\"agenda\":\"Diagnostic partagé\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonBodies.object(created.body());
    }

    public HttpResponse<String> put(String path, String username, String body) {
        return api.send(api.request(path, username).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
