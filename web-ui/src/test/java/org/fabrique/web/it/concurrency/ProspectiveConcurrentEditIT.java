package org.fabrique.web.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
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
        long issue = prospective().issue(workshop, "Vieillir chez soi");
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
    void the_issues_are_ranked_on_the_versions_read() {
        long workshop = prospective().workshop();
        prospective().advance(workshop);
        String issues = "api/workshops/" + workshop + "/issues";
        long first = prospective().issue(workshop, "Vieillir chez soi");
        long second = prospective().issue(workshop, "Rompre l'isolement");
        Map<Long, Long> read = prospective().issueVersions(workshop);
        String ranking = "{\"ranks\":[{\"issueId\":" + first + ",\"rank\":%s,\"version\":" + read.get(first) + "},"
                + "{\"issueId\":" + second + ",\"rank\":%s,\"version\":" + read.get(second) + "}]}";

        HttpResponse<String> missing = edits().put(issues + "/ranking", DemoAccounts.POLE,
                "{\"ranks\":[{\"issueId\":" + first + ",\"rank\":1}]}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"version\"");
        assertThat(api().get(issues, DemoAccounts.POLE).body()).doesNotContain("\"rank\"");

        HttpResponse<String> saved = edits().put(issues + "/ranking", DemoAccounts.POLE, String.format(ranking, "1", "null"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String afterFirst = api().get(issues, DemoAccounts.POLE).body();
        HttpResponse<String> stale = edits().put(issues + "/ranking", DemoAccounts.POLE, String.format(ranking, "null", "1"));
        assertThat(stale.statusCode()).as("the second ranking, on the versions read before the first: " + stale.body())
                .isEqualTo(409);
        assertThat(api().get(issues, DemoAccounts.POLE).body()).as("the first ranking is kept").isEqualTo(afterFirst);
        assertThat(ConcurrentEdits.item(afterFirst, first).getInt("rank")).isEqualTo(1);
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
