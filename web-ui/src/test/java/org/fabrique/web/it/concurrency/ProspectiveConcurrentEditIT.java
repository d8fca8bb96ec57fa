package org.fabrique.web.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * No silent overwrite in the prospective workshops: the workshop's synthesis, its issues, its sessions'
 * registers and minutes, its reference document and its action plan are edited on the version read only
 * (400 without it, 409 when stale, nothing changed); the decisions on an amendment and the other actions take
 * an optional version.
 */
class ProspectiveConcurrentEditIT extends DeployedFabrique {

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    private ConcurrentEdits edits() {
        return new ConcurrentEdits(api());
    }

    private JsonObject get(String path) {
        return JsonBodies.object(api().get(path, DemoAccounts.POLE).body());
    }

    @Test
    void a_workshop_its_issues_and_its_sessions_are_edited_on_the_version_read() {
        long workshop = prospective().workshop();
        prospective().advance(workshop);
        long issue = ProspectiveApi.created(api().post("api/workshops/" + workshop + "/issues", DemoAccounts.POLE,
                ProspectiveApi.JSON, "{\"title\":\"Vieillir chez soi\"}")).getJsonNumber("id").longValue();
        long session = prospective().convene(workshop, "EXPLORATORY", LocalDate.now().plusDays(7).toString())
                .getJsonNumber("id").longValue();
        long member = prospective().personOf(DemoAccounts.PARTICIPANT);
        String sessions = "api/workshops/" + workshop + "/sessions";

        edits().guarded(DemoAccounts.POLE, "api/workshops/" + workshop + "/synthesis", text -> "{\"text\":\"" + text + "\"}",
                () -> get("api/workshops/" + workshop));
        edits().guarded(DemoAccounts.POLE, "api/workshops/" + workshop + "/issues/" + issue,
                text -> "{\"title\":\"" + text + "\"}",
                () -> ConcurrentEdits.item(api().get("api/workshops/" + workshop + "/issues", DemoAccounts.POLE).body(), issue));
        edits().guarded(DemoAccounts.POLE, sessions + "/" + session + "/minutes", text -> "{\"minutes\":\"" + text + "\"}",
                () -> ConcurrentEdits.item(api().get(sessions, DemoAccounts.POLE).body(), session));
        edits().guarded(DemoAccounts.POLE, sessions + "/" + session + "/attendance",
                text -> "{\"attendance\":[{\"personId\":" + member + ",\"presence\":\""
                        + (text.startsWith("première") ? "PRESENT" : "EXCUSED") + "\"}]}",
                () -> ConcurrentEdits.item(api().get(sessions, DemoAccounts.POLE).body(), session));
    }

    @Test
    void the_draft_is_written_and_an_amendment_decided_on_the_version_read() {
        long workshop = prospective().workshopWithVersion();

        edits().guarded(DemoAccounts.POLE, "api/workshops/" + workshop + "/document/draft",
                text -> "{\"issues\":\"" + text + "\",\"recommendations\":\"Un guichet unique en mairie\"}",
                () -> get("api/workshops/" + workshop + "/document"));

        JsonObject amendment = prospective().proposed(workshop);
        String path = "api/workshops/" + workshop + "/amendments/" + amendment.getJsonNumber("id");
        HttpResponse<String> stale = api().post(path + "/decision", DemoAccounts.ELECTED, ProspectiveApi.JSON,
                "{\"decision\":\"REJECTED\",\"version\":" + (amendment.getJsonNumber("version").longValue() + 1) + "}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(get(path).getString("status")).isEqualTo("PROPOSED");

        HttpResponse<String> bare = api().send(api().request(path + "/withdrawal", DemoAccounts.PARTICIPANT)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bare.statusCode()).as("curl -X POST: " + bare.body()).isEqualTo(200);
        assertThat(get(path).getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void an_action_of_the_plan_is_updated_on_the_version_read() {
        long workshop = prospective().workshopWithVersion();
        long document = get("api/workshops/" + workshop + "/document").getJsonNumber("version").longValue();
        assertThat(api().post("api/workshops/" + workshop + "/document/adoption", DemoAccounts.POLE, ProspectiveApi.JSON,
                "{\"version\":" + document + "}").statusCode()).isEqualTo(200);
        String actions = "api/workshops/" + workshop + "/actions";
        long action = ProspectiveApi.created(api().post(actions, DemoAccounts.POLE, ProspectiveApi.JSON, String.format(
                "{\"recommendation\":\"Un guichet unique en mairie\",\"title\":\"Ouvrir le guichet\",\"directorateId\":%d,"
                        + "\"pilot\":\"Mme Martin\",\"deadline\":\"2027-06-30\"}",
                prospective().directorateOf(DemoAccounts.DIRECTORATE)))).getJsonNumber("id").longValue();

        edits().guarded(DemoAccounts.POLE, actions + "/" + action + "/progress",
                text -> "{\"status\":\"IN_PROGRESS\",\"progress\":" + (text.startsWith("première") ? 40 : 70) + "}",
                () -> ConcurrentEdits.item(api().get(actions, DemoAccounts.POLE).body(), action));
    }
}
