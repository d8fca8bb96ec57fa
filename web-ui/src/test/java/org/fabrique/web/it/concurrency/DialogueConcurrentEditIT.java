package org.fabrique.web.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;

/**
 * No silent overwrite in the citizen dialogue: every edit and decision of a candidate, a recommendation,
 * a session and a project requires the version read (400 without it), a stale one gets 409 and changes
 * nothing; the actions take an optional version and work without a body.
 */
class DialogueConcurrentEditIT extends DeployedFabrique {

    private static final String FEASIBILITY = "{\"criteria\":["
            + "{\"criterion\":\"HIGH_STAKES\",\"assessment\":\"FAVOURABLE\"},"
            + "{\"criterion\":\"SUPPORT_AND_OPENNESS\",\"assessment\":\"FAVOURABLE\"},"
            + "{\"criterion\":\"LEVERS_OF_ACTION\",\"assessment\":\"RESERVATIONS\"},"
            + "{\"criterion\":\"RESOURCES_AND_CALENDAR\",\"assessment\":\"FAVOURABLE\"}],"
            + "\"opinion\":\"FEASIBLE\",\"comment\":\"%s\"}";

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    private ConcurrentEdits edits() {
        return new ConcurrentEdits(api());
    }

    private JsonObject candidate(long id) {
        return JsonBodies.object(api().get("api/candidates/" + id, DemoAccounts.POLE).body());
    }

    @Test
    void a_candidate_is_edited_studied_and_arbitrated_on_the_version_read() {
        long programme = dialogue().openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();

        edits().guarded(DemoAccounts.DIRECTORATE, "api/candidates/" + id,
                text -> dialogue().completeCandidate("Mairie " + text), () -> candidate(id));

        assertThat(dialogue().submit(id, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        edits().guarded(DemoAccounts.POLE, "api/candidates/" + id + "/feasibility", text -> String.format(FEASIBILITY, text),
                () -> candidate(id));
        edits().guarded(DemoAccounts.ELECTED, "api/candidates/" + id + "/arbitration",
                text -> "{\"decision\":\"RETAINED\",\"reason\":\"" + text + "\"}", () -> candidate(id));
    }

    @Test
    void a_recommendation_is_answered_on_the_version_read() {
        long project = dialogue().pooledProject().getJsonNumber("id").longValue();
        long id = JsonBodies.object(api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"Ouvrir le samedi\",\"directorateId\":"
                        + dialogue().directorateOf(DemoAccounts.DIRECTORATE) + "}").body()).getJsonNumber("id").longValue();

        edits().guarded(DemoAccounts.DIRECTORATE, "api/recommendations/" + id + "/answer",
                text -> "{\"position\":\"UNDER_STUDY\",\"text\":\"" + text + "\"}",
                () -> JsonBodies.object(api().get("api/recommendations/" + id, DemoAccounts.POLE).body()));
    }

    @Test
    void a_session_and_the_lessons_of_a_project_are_corrected_on_the_version_read() {
        long project = dialogue().pooledProject().getJsonNumber("id").longValue();
        String session = "{\"date\":\"2026-05-12\",\"place\":\"%s\",\"method\":\"CO_CONSTRUCTION_WORKSHOP\","
                + "\"group\":\"RESIDENTS\",\"participants\":24}";
        long id = JsonBodies.object(api().post("api/projects/" + project + "/sessions", DemoAccounts.POLE, DialogueApi.JSON,
                String.format(session, "Maison de quartier")).body()).getJsonNumber("id").longValue();

        edits().guarded(DemoAccounts.POLE, "api/sessions/" + id, text -> String.format(session, text),
                () -> JsonBodies.object(api().get("api/sessions/" + id, DemoAccounts.POLE).body()));
        edits().guarded(DemoAccounts.POLE, "api/projects/" + project + "/lessons", text -> "{\"lessons\":\"" + text + "\"}",
                () -> JsonBodies.object(api().get("api/projects/" + project, DemoAccounts.POLE).body()).getJsonObject("project"));
    }

    @Test
    void actions_take_an_optional_version_and_work_without_a_body() {
        long programme = dialogue().openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        long read = dialogue().candidateVersion(id);

        HttpResponse<String> stale = api().post("api/candidates/" + id + "/submission", DemoAccounts.DIRECTORATE,
                DialogueApi.JSON, "{\"version\":" + (read + 1) + "}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(candidate(id).getString("status")).isEqualTo("DRAFT");

        HttpResponse<String> bare = api().send(api().request("api/candidates/" + id + "/submission", DemoAccounts.DIRECTORATE)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bare.statusCode()).as("curl -X POST: " + bare.body()).isEqualTo(200);
        assertThat(candidate(id).getString("status")).isEqualTo("SUBMITTED");
    }
}
