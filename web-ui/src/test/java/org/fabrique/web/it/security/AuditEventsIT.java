package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The audit (api.md {@code GET /api/audit-events}): the pôle reads who failed to sign in, who was refused,
 * who exported or read something confidential, and which backups were taken, newest first and filtered;
 * nobody else may; no password is ever in it.
 */
class AuditEventsIT extends DeployedFabrique {

    private List<JsonObject> events(String query) {
        HttpResponse<String> answer = api().get("api/audit-events?size=500&" + query, DemoAccounts.POLE);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    private static boolean about(JsonObject event, String target) {
        return !event.isNull("target") && event.getString("target").equals(target);
    }

    @Test
    void only_the_pole_reads_the_audit_and_a_refusal_is_itself_an_event() {
        Instant before = Instant.now().minusSeconds(1);
        assertThat(api().get("api/audit-events", null).statusCode()).isEqualTo(401);
        for (String other : List.of(DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT)) {
            assertThat(api().get("api/audit-events", other).statusCode()).as(other).isEqualTo(403);
        }

        List<JsonObject> denied = events("type=ACCESS_DENIED&username=" + DemoAccounts.ELECTED + "&from=" + before);

        assertThat(denied).anySatisfy(e -> {
            assertThat(e.getString("target")).isEqualTo("GET /api/audit-events");
            assertThat(e.getString("username")).isEqualTo(DemoAccounts.ELECTED);
            assertThat(Instant.parse(e.getString("at"))).isAfter(before);
        });
    }

    @Test
    void events_come_newest_first_and_filter_by_type_username_and_period() {
        List<JsonObject> all = events("");
        assertThat(all).isNotEmpty();
        for (int i = 1; i < all.size(); i++) {
            assertThat(Instant.parse(all.get(i - 1).getString("at"))).isAfterOrEqualTo(Instant.parse(all.get(i).getString("at")));
        }
        assertThat(events("type=LOGIN_FAILED")).allSatisfy(e -> assertThat(e.getString("type")).isEqualTo("LOGIN_FAILED"));
        assertThat(events("to=2000-01-01")).isEmpty();
        assertThat(events("from=2100-01-01")).isEmpty();
        JsonObject page = JsonBodies.object(api().get("api/audit-events?size=1", DemoAccounts.POLE).body());
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(all.size());
    }

    @Test
    void a_bad_filter_is_a_400_naming_it() {
        assertField(api().get("api/audit-events?type=LOGIN", DemoAccounts.POLE), "type");
        assertField(api().get("api/audit-events?from=yesterday", DemoAccounts.POLE), "from");
        assertField(api().get("api/audit-events?to=1800-01-01", DemoAccounts.POLE), "to");
        assertField(api().get("api/audit-events?from=2026-05-01&to=2026-04-01", DemoAccounts.POLE), "to");
    }

    @Test
    void a_failed_sign_in_is_an_event_without_the_password() {
        String password = "Mot-de-passe-devine-" + System.nanoTime();
        api().send(api().request("api/me", null).header("Authorization", Api.basic(DemoAccounts.PARTICIPANT, password))
                .GET().build());

        List<JsonObject> failed = events("type=LOGIN_FAILED&username=" + DemoAccounts.PARTICIPANT);

        assertThat(failed).anySatisfy(e -> {
            assertThat(e.getString("detail")).isEqualTo("wrong password");
            assertThat(e.getString("address")).isNotBlank();
        });
        assertThat(api().get("api/audit-events?size=500", DemoAccounts.POLE).body()).doesNotContain(password);
    }

    @Test
    void an_export_and_a_read_of_interviews_are_events() {
        HttpResponse<byte[]> csv = api().send(api().request("api/recommendations.csv?lang=fr", DemoAccounts.ELECTED).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        long evaluation = JsonBodies.object(api().get("api/evaluations", DemoAccounts.POLE).body()).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api().get("api/evaluations/" + evaluation + "/interviews", DemoAccounts.POLE).statusCode()).isEqualTo(200);

        assertThat(events("type=EXPORT&username=" + DemoAccounts.ELECTED)).anySatisfy(e -> {
            assertThat(e.getString("target")).isEqualTo("/api/recommendations.csv");
            assertThat(e.getString("detail")).isEqualTo("lang=fr");
        });
        assertThat(events("type=CONFIDENTIAL_READ&username=" + DemoAccounts.POLE))
                .anySatisfy(e -> assertThat(about(e, "evaluation " + evaluation)).isTrue());
    }

    @Test
    void a_request_from_another_site_is_an_access_denied_event() {
        HttpResponse<String> refused = api().send(api().request("api/notifications/reminders", DemoAccounts.POLE)
                .header("Content-Type", "text/plain").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(refused.statusCode()).isEqualTo(403);

        assertThat(events("type=ACCESS_DENIED")).anySatisfy(e -> {
            assertThat(e.getString("target")).isEqualTo("POST /api/notifications/reminders");
            assertThat(e.getString("detail")).contains("evil.example");
        });
    }

    @Test
    void a_backup_on_the_embedded_database_is_an_event() {
        HttpResponse<String> backup = api().post("api/admin/backups", DemoAccounts.POLE, "application/json", "");
        if (backup.statusCode() == 409) {
            // PostgreSQL: pg_dump takes the backups, Fabrique takes none
            assertThat(backup.body()).contains("pg_dump");
            return;
        }
        assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
        String file = JsonBodies.object(backup.body()).getString("file");

        assertThat(events("type=BACKUP")).anySatisfy(e -> {
            assertThat(e.getString("target")).isEqualTo("backup " + file);
            assertThat(e.getString("username")).isEqualTo(DemoAccounts.POLE);
        });
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(JsonBodies.object(answer.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(field);
    }
}
