package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Candidate projects through the API: each role's rights, the state rules, the stale version. */
class CandidateApiIT extends DeployedFabrique {

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    @Test
    void a_directorate_drafts_a_candidate_for_itself() {
        long programme = dialogue().sharedProgrammeAcceptingToday();

        HttpResponse<String> response = dialogue().draft(programme, DemoAccounts.DIRECTORATE, "{\"title\":\"Bibliothèque de demain\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches(".*/api/candidates/\\d+"));
        JsonObject candidate = JsonBodies.object(response.body());
        assertThat(candidate.getString("status")).isEqualTo("DRAFT");
        assertThat(candidate.getJsonNumber("directorateId").longValue()).isEqualTo(dialogue().directorateOf(DemoAccounts.DIRECTORATE));
        assertThat(candidate.getJsonNumber("version").longValue()).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.POLE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void only_a_directorate_drafts(String username) {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        int before = JsonBodies.object(api().get("api/programmes/" + programme + "/candidates", DemoAccounts.POLE).body())
                .getInt("total");

        assertThat(dialogue().draft(programme, username, "{\"title\":\"Intrus\"}").statusCode()).isEqualTo(403);
        assertThat(JsonBodies.object(api().get("api/programmes/" + programme + "/candidates", DemoAccounts.POLE).body())
                .getInt("total")).isEqualTo(before);
    }

    @Test
    void a_directorate_never_sees_another_directorates_candidates() {
        long programme = dialogue().openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();

        assertThat(api().get("api/candidates/" + id, DemoAccounts.DIRECTORATE_2).statusCode()).isEqualTo(404);
        assertThat(JsonBodies.object(api().get("api/programmes/" + programme + "/candidates", DemoAccounts.DIRECTORATE_2).body())
                .getInt("total")).isZero();
        assertThat(dialogue().submit(id, DemoAccounts.DIRECTORATE_2).statusCode()).isEqualTo(404);
        assertThat(JsonBodies.object(api().get("api/programmes/" + programme + "/candidates", DemoAccounts.DIRECTORATE).body())
                .getInt("total")).isEqualTo(1);
        assertThat(JsonBodies.object(api().get("api/programmes/" + programme + "/candidates", DemoAccounts.ELECTED).body())
                .getInt("total")).isEqualTo(1);
        assertThat(api().get("api/programmes/" + programme + "/candidates", DemoAccounts.PARTICIPANT).statusCode()).isEqualTo(403);
    }

    @Test
    void a_draft_is_edited_with_its_version_and_a_stale_one_is_a_conflict() {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        JsonObject draft = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE);
        long id = draft.getJsonNumber("id").longValue();
        long version = draft.getJsonNumber("version").longValue();
        String body = dialogue().completeCandidate("Mairie de quartier, version 2");

        HttpResponse<String> edited = dialogue().put("api/candidates/" + id, DemoAccounts.DIRECTORATE,
                body.replace("{\"title\"", "{\"version\":" + version + ",\"title\""));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JsonBodies.object(edited.body()).getString("title")).isEqualTo("Mairie de quartier, version 2");

        HttpResponse<String> stale = dialogue().put("api/candidates/" + id, DemoAccounts.DIRECTORATE,
                body.replace("{\"title\"", "{\"version\":" + version + ",\"title\"").replace("version 2", "version 3"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(api().get("api/candidates/" + id, DemoAccounts.DIRECTORATE).body()).getString("title"))
                .isEqualTo("Mairie de quartier, version 2");

        HttpResponse<String> noVersion = dialogue().put("api/candidates/" + id, DemoAccounts.DIRECTORATE, body);
        assertThat(noVersion.statusCode()).isEqualTo(400);
    }

    @Test
    void submission_needs_a_complete_candidate_then_freezes_it() {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        long incomplete = JsonBodies.object(dialogue().draft(programme, DemoAccounts.DIRECTORATE, "{\"title\":\"Esquisse\"}").body())
                .getJsonNumber("id").longValue();

        HttpResponse<String> refused = dialogue().submit(incomplete, DemoAccounts.DIRECTORATE);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        JsonObject complete = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE);
        long id = complete.getJsonNumber("id").longValue();
        HttpResponse<String> submitted = dialogue().submit(id, DemoAccounts.DIRECTORATE);
        assertThat(submitted.statusCode()).isEqualTo(200);
        JsonObject candidate = JsonBodies.object(submitted.body());
        assertThat(candidate.getString("status")).isEqualTo("SUBMITTED");

        HttpResponse<String> edit = dialogue().put("api/candidates/" + id, DemoAccounts.DIRECTORATE,
                dialogue().completeCandidate("Trop tard").replace("{\"title\"", "{\"version\":" + candidate.getJsonNumber("version") + ",\"title\""));
        assertThat(edit.statusCode()).isEqualTo(409);
    }

    @Test
    void submission_outside_the_window_is_refused_with_a_clear_message() {
        JsonObject closed = dialogue().openProgramme(DialogueApi.today().minusDays(60), DialogueApi.today().minusDays(1), 30, 50);
        long id = dialogue().draftComplete(closed.getJsonNumber("id").longValue(), DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();

        HttpResponse<String> response = dialogue().submit(id, DemoAccounts.DIRECTORATE);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(response.body()).getString("detail")).containsIgnoringCase("window");
        assertThat(JsonBodies.object(api().get("api/candidates/" + id, DemoAccounts.DIRECTORATE).body()).getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void arbitration_needs_a_feasibility_opinion_first() {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        long id = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        dialogue().submit(id, DemoAccounts.DIRECTORATE);

        assertThat(dialogue().arbitrate(id, DemoAccounts.ELECTED, "RETAINED").statusCode()).isEqualTo(409);

        assertThat(dialogue().feasibility(id, DemoAccounts.DIRECTORATE, "FEASIBLE").statusCode()).isEqualTo(403);
        HttpResponse<String> studied = dialogue().feasibility(id, DemoAccounts.POLE, "FEASIBLE_WITH_CONDITIONS");
        assertThat(studied.statusCode()).as(studied.body()).isEqualTo(200);
        JsonObject feasibility = JsonBodies.object(studied.body()).getJsonObject("feasibility");
        assertThat(feasibility.getString("opinion")).isEqualTo("FEASIBLE_WITH_CONDITIONS");
        assertThat(feasibility.getJsonArray("criteria")).hasSize(4);

        assertThat(dialogue().arbitrate(id, DemoAccounts.POLE, "RETAINED").statusCode()).isEqualTo(403);
        HttpResponse<String> arbitrated = dialogue().arbitrate(id, DemoAccounts.ELECTED, "DEFERRED");
        assertThat(arbitrated.statusCode()).isEqualTo(200);
        JsonObject arbitration = JsonBodies.object(arbitrated.body()).getJsonObject("arbitration");
        assertThat(arbitration.getString("decision")).isEqualTo("DEFERRED");
        assertThat(arbitration.getString("decidedBy")).isEqualTo("elu");
        assertThat(arbitration.getString("decidedAt")).isNotBlank();
    }

    @Test
    void a_feasibility_study_needs_the_four_criteria() {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        long id = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        dialogue().submit(id, DemoAccounts.DIRECTORATE);

        HttpResponse<String> response = dialogue().put("api/candidates/" + id + "/feasibility", DemoAccounts.POLE, Api.withVersion(
                "{\"criteria\":[{\"criterion\":\"HIGH_STAKES\",\"assessment\":\"FAVOURABLE\"}],\"opinion\":\"FEASIBLE\"}",
                dialogue().candidateVersion(id)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(api().get("api/candidates/" + id, DemoAccounts.POLE).body()).getString("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void an_unknown_policy_is_a_bad_request_on_its_field() {
        long programme = dialogue().sharedProgrammeAcceptingToday();

        HttpResponse<String> response = dialogue().draft(programme, DemoAccounts.DIRECTORATE, "{\"title\":\"X\",\"policyId\":999999}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(response.body()).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("policyId");
    }

    @Test
    void a_withdrawn_candidate_can_no_longer_be_submitted() {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        long id = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();

        HttpResponse<String> withdrawn = api().post("api/candidates/" + id + "/withdrawal", DemoAccounts.DIRECTORATE, DialogueApi.JSON, "{}");

        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(withdrawn.body()).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(dialogue().submit(id, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(409);
    }
}
