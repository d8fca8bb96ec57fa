package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The reference document through the API: a version submitted, an accepted amendment integrated into
 * the next one, the two compared, the adoption refused until consensus, then the action plan.
 */
class DocumentApiIT extends DeployedFabrique {

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    private JsonObject get(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    private HttpResponse<String> adopt(long id, String username) {
        long version = get("api/workshops/" + id + "/document", DemoAccounts.POLE).getJsonNumber("version").longValue();
        return api().post("api/workshops/" + id + "/document/adoption", username, ProspectiveApi.JSON, "{\"version\":" + version + "}");
    }

    @Test
    void an_accepted_amendment_enters_the_next_version_and_the_two_versions_are_compared() {
        long id = prospective().workshopWithVersion();
        JsonObject amendment = prospective().proposed(id);
        assertThat(prospective().decide(id, amendment, DemoAccounts.POLE, "ACCEPTED").statusCode()).isEqualTo(200);

        assertThat(prospective().submit(id, DemoAccounts.PARTICIPANT).statusCode()).as("members do not submit").isEqualTo(403);
        HttpResponse<String> second = prospective().submit(id, DemoAccounts.ELECTED);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("/api/workshops/" + id + "/versions/2");
        assertThat(prospective().submit(id, DemoAccounts.ELECTED).statusCode()).as("nothing new to submit").isEqualTo(409);

        JsonObject version2 = get("api/workshops/" + id + "/versions/2", DemoAccounts.PARTICIPANT);
        assertThat(version2.getJsonArray("chapters").getJsonObject(3).getString("text"))
                .isEqualTo("- Un guichet unique dans chaque quartier\n- Des visites de convivialité");
        HttpResponse<String> versions = api().get("api/workshops/" + id + "/versions", DemoAccounts.PARTICIPANT);
        assertThat(versions.statusCode()).isEqualTo(200);
        assertThat(versions.body()).contains("\"number\":1").contains("\"number\":2");

        JsonObject diff = get("api/workshops/" + id + "/versions/diff?from=1&to=2", DemoAccounts.DIRECTORATE);
        JsonObject recommendations = diff.getJsonArray("chapters").getJsonObject(3);
        assertThat(recommendations.getString("chapter")).isEqualTo("RECOMMENDATIONS");
        assertThat(recommendations.getBoolean("changed")).isTrue();
        assertThat(recommendations.getJsonArray("segments").toString())
                .contains("{\"change\":\"DELETED\",\"text\":\"en mairie")
                .contains("{\"change\":\"INSERTED\",\"text\":\"dans chaque quartier");
        assertThat(diff.getJsonArray("chapters").getJsonObject(0).getBoolean("changed")).isFalse();
        assertThat(api().get("api/workshops/" + id + "/versions/diff?from=1&to=9", DemoAccounts.POLE).statusCode()).isEqualTo(404);
        assertThat(api().get("api/workshops/" + id + "/versions/diff?from=x&to=2", DemoAccounts.POLE).statusCode()).isEqualTo(400);
    }

    @Test
    void the_document_is_adopted_once_every_amendment_is_decided_and_integrated() {
        long id = prospective().workshopWithVersion();
        JsonObject amendment = prospective().proposed(id);

        HttpResponse<String> undecided = adopt(id, DemoAccounts.ELECTED);
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(undecided.body()).getString("detail")).contains("amendments still await");
        prospective().decide(id, amendment, DemoAccounts.ELECTED, "ACCEPTED");
        assertThat(adopt(id, DemoAccounts.ELECTED).statusCode()).as("the accepted amendment awaits version 2").isEqualTo(409);
        prospective().submit(id, DemoAccounts.ELECTED);
        assertThat(adopt(id, DemoAccounts.PARTICIPANT).statusCode()).isEqualTo(403);

        HttpResponse<String> adopted = adopt(id, DemoAccounts.ELECTED);

        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        JsonObject document = JsonBodies.object(adopted.body());
        assertThat(document.getInt("adoptedVersion")).isEqualTo(2);
        assertThat(document.getString("adoptedAt")).isNotBlank();
        assertThat(document.getJsonArray("recommendations").getString(0)).isEqualTo("Un guichet unique dans chaque quartier");
        assertThat(get("api/workshops/" + id, DemoAccounts.ELECTED_2).getString("status")).isEqualTo("ADOPTED");
        assertThat(prospective().propose(id, DemoAccounts.PARTICIPANT).statusCode()).isEqualTo(409);
    }

    @Test
    void the_action_plan_follows_adoption_is_read_by_directorate_and_progress_is_versioned() {
        long id = prospective().workshopWithVersion();
        String action = "{\"recommendation\":\"Un guichet unique en mairie\",\"title\":\"Ouvrir le guichet\","
                + "\"directorateId\":%d,\"pilot\":\"Mme Martin\",\"deadline\":\"2027-06-30\"}";
        long directorate = prospective().directorateOf(DemoAccounts.DIRECTORATE);
        String path = "api/workshops/" + id + "/actions";
        assertThat(api().post(path, DemoAccounts.POLE, ProspectiveApi.JSON, String.format(action, directorate)).statusCode())
                .as("not adopted yet").isEqualTo(409);
        assertThat(adopt(id, DemoAccounts.POLE).statusCode()).isEqualTo(200);

        assertThat(api().post(path, DemoAccounts.PARTICIPANT, ProspectiveApi.JSON, String.format(action, directorate))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> bad = api().post(path, DemoAccounts.POLE, ProspectiveApi.JSON, "{\"title\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonObject created = ProspectiveApi.created(api().post(path, DemoAccounts.POLE, ProspectiveApi.JSON,
                String.format(action, directorate)));
        assertThat(created.getString("status")).isEqualTo("PLANNED");
        assertThat(created.getString("directorateName")).isNotBlank();
        assertThat(get("api/workshops/" + id, DemoAccounts.POLE).getString("status")).isEqualTo("ACTION_PLAN");

        assertThat(get(path + "?directorateId=" + directorate, DemoAccounts.DIRECTORATE).getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(get(path + "?directorateId=" + (directorate + 1000), DemoAccounts.POLE).getJsonNumber("total").longValue()).isZero();
        assertThat(api().get(path, DemoAccounts.DIRECTORATE_2).statusCode()).isEqualTo(403);

        String progress = path + "/" + created.getJsonNumber("id") + "/progress";
        assertThat(prospective().put(progress, DemoAccounts.DIRECTORATE, "{\"status\":\"IN_PROGRESS\",\"progress\":40,\"version\":99}")
                .statusCode()).isEqualTo(409);
        assertThat(prospective().put(progress, DemoAccounts.DIRECTORATE, "{\"status\":\"IN_PROGRESS\",\"progress\":140}")
                .statusCode()).isEqualTo(400);
        HttpResponse<String> updated = prospective().put(progress, DemoAccounts.DIRECTORATE,
                "{\"status\":\"IN_PROGRESS\",\"progress\":40,\"version\":" + created.getJsonNumber("version") + "}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(JsonBodies.object(updated.body()).getInt("progress")).isEqualTo(40);
    }
}
