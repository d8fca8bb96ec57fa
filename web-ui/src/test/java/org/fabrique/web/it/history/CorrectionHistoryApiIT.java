package org.fabrique.web.it.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * Every correction and deletion of a dialogue session, a workshop issue or a workshop resource shows in the history
 * of its project or workshop, the record named in each entry (a deleted one too), with who did it and the old and
 * new values.
 */
class CorrectionHistoryApiIT extends DeployedFabrique {

    private JsonArray items(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body()).getJsonArray("items");
    }

    private static JsonObject change(JsonObject entry, String field) {
        return entry.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
    }

    private HttpResponse<String> delete(String path) {
        return api().send(api().request(path, DemoAccounts.POLE).DELETE().build());
    }

    @Test
    void a_projects_sessions_corrected_and_deleted_are_in_its_history() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        String stamp = String.valueOf(System.nanoTime());
        JsonObject kept = JsonBodies.object(api().post("api/projects/" + project + "/sessions", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"date\":\"2026-05-12\",\"place\":\"Parc " + stamp + "\",\"method\":\"URBAN_WALK\","
                        + "\"group\":\"RESIDENTS\",\"participants\":12}").body());
        JsonObject mistaken = JsonBodies.object(api().post("api/projects/" + project + "/sessions", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"date\":\"2026-05-13\",\"place\":\"Salle " + stamp + "\",\"method\":\"URBAN_WALK\","
                        + "\"group\":\"RESIDENTS\",\"participants\":3}").body());
        HttpResponse<String> revised = dialogue.put("api/sessions/" + kept.getJsonNumber("id"), DemoAccounts.POLE,
                "{\"date\":\"2026-05-12\",\"place\":\"Parc " + stamp + "\",\"method\":\"URBAN_WALK\","
                        + "\"group\":\"RESIDENTS\",\"participants\":31,\"version\":" + kept.getJsonNumber("version") + "}");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(delete("api/sessions/" + mistaken.getJsonNumber("id")).statusCode()).isEqualTo(204);

        JsonArray items = items("api/projects/" + project + "/sessions/history", DemoAccounts.DIRECTORATE_2);
        JsonObject deletion = items.getJsonObject(0);
        assertThat(deletion.getString("action")).isEqualTo("DELETED");
        assertThat(deletion.getString("kind")).isEqualTo("session");
        assertThat(deletion.getString("label")).as("a deleted session is still named").isEqualTo("Salle " + stamp);
        assertThat(deletion.getString("username")).isEqualTo(DemoAccounts.POLE);
        JsonObject correction = items.getJsonObject(1);
        assertThat(correction.getString("action")).isEqualTo("CHANGED");
        assertThat(correction.getString("label")).isEqualTo("Parc " + stamp);
        assertThat(correction.getJsonArray("changes")).hasSize(1);
        assertThat(change(correction, "participants").getInt("before")).isEqualTo(12);
        assertThat(change(correction, "participants").getInt("after")).isEqualTo(31);
        assertThat(items.getJsonObject(2).getString("action")).isEqualTo("CREATED");
        assertThat(items.getJsonObject(3).getString("action")).isEqualTo("CREATED");
        assertThat(api().get("api/projects/999999999/sessions/history", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @Test
    void a_workshops_issues_and_resources_corrected_and_deleted_are_in_its_history() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop(prospective.newCycle()).getJsonNumber("id").longValue();
        prospective.advance(workshop);
        long issue = prospective.issue(workshop, "Vieilir chez soi");
        HttpResponse<String> retitled = prospective.put("api/workshops/" + workshop + "/issues/" + issue,
                DemoAccounts.POLE, "{\"title\":\"Vieillir chez soi\",\"version\":"
                        + prospective.issueVersions(workshop).get(issue) + "}");
        assertThat(retitled.statusCode()).as(retitled.body()).isEqualTo(200);
        JsonObject resource = ProspectiveApi.created(api().post("api/workshops/" + workshop + "/resources",
                DemoAccounts.POLE, ProspectiveApi.JSON, "{\"type\":\"BENCHMARK\",\"title\":\"Fiche en double\"}"));
        assertThat(delete("api/workshops/" + workshop + "/resources/" + resource.getJsonNumber("id")).statusCode())
                .isEqualTo(204);

        JsonArray items = items("api/workshops/" + workshop + "/issues/history", DemoAccounts.PARTICIPANT);
        assertThat(items).hasSize(4);
        JsonObject deletion = items.getJsonObject(0);
        assertThat(deletion.getString("kind")).isEqualTo("resource");
        assertThat(deletion.getString("action")).isEqualTo("DELETED");
        assertThat(deletion.getString("label")).isEqualTo("Fiche en double");
        assertThat(items.getJsonObject(1).getString("kind")).isEqualTo("resource");
        assertThat(items.getJsonObject(1).getString("action")).isEqualTo("CREATED");
        JsonObject correction = items.getJsonObject(2);
        assertThat(correction.getString("kind")).isEqualTo("issue");
        assertThat(correction.getString("author")).isEqualTo("Claire Morel");
        assertThat(change(correction, "title").getString("before")).isEqualTo("Vieilir chez soi");
        assertThat(change(correction, "title").getString("after")).isEqualTo("Vieillir chez soi");
        assertThat(items.getJsonObject(3).getString("action")).isEqualTo("CREATED");
    }
}
