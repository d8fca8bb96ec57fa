package org.fabrique.web.it.links;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * Commissioning across missions through the API: a workshop's chapter 5 commissions a citizen-dialogue
 * candidate project; the dialogue module creates the draft (an event observed across modules), and both
 * ends list the link. Only the pôle commissions; bad orders change nothing.
 */
class CommissionApiIT extends DeployedFabrique {

    static final String JSON = ProspectiveApi.JSON;

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    private HttpResponse<String> commission(long workshopId, String username, String body) {
        return api().post("api/workshops/" + workshopId + "/commissions", username, JSON, body);
    }

    private JsonArray commissions(long workshopId) {
        HttpResponse<String> list = api().get("api/workshops/" + workshopId + "/commissions", DemoAccounts.POLE);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonBodies.array(list.body());
    }

    @Test
    void a_workshop_commissions_a_candidate_project_which_the_dialogue_module_drafts_for_the_directorate() {
        long workshop = prospective().workshopWithVersion();
        long directorate = prospective().directorateOf(DemoAccounts.DIRECTORATE);

        HttpResponse<String> response = commission(workshop, DemoAccounts.POLE, "{\"kind\":\"CANDIDATE_PROJECT\","
                + "\"title\":\"Un panel citoyen sur l'isolement\",\"brief\":\"Associer les habitants aux visites de convivialité.\","
                + "\"directorateId\":" + directorate + "}");

        JsonObject created = ProspectiveApi.created(response);
        long commissionId = created.getJsonNumber("id").longValue();
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/api/commissions/" + commissionId);
        assertThat(created.getString("origin")).isEqualTo("WORKSHOP:" + workshop);
        assertThat(created.getString("target")).startsWith("CANDIDATE_PROJECT:");
        long candidateId = Long.parseLong(created.getString("target").substring("CANDIDATE_PROJECT:".length()));

        HttpResponse<String> candidate = api().get("api/candidates/" + candidateId, DemoAccounts.DIRECTORATE);
        assertThat(candidate.statusCode()).as("the directorate finds its new draft").isEqualTo(200);
        JsonObject draft = JsonBodies.object(candidate.body());
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("title")).isEqualTo("Un panel citoyen sur l'isolement");
        assertThat(draft.getString("summary")).isEqualTo("Associer les habitants aux visites de convivialité.");
        assertThat(draft.getJsonNumber("directorateId").longValue()).isEqualTo(directorate);
        JsonObject programme = JsonBodies.object(api().get("api/programmes/" + draft.getJsonNumber("programmeId"),
                DemoAccounts.POLE).body());
        assertThat(programme.getString("status")).as("the next open programme").isEqualTo("OPEN");

        JsonObject back = JsonBodies.object(api().get("api/candidates/" + candidateId + "/commission", DemoAccounts.DIRECTORATE).body());
        assertThat(back.getString("origin")).isEqualTo("WORKSHOP:" + workshop);
        assertThat(back.getString("originLabel")).isEqualTo("Atelier d'essai");
        assertThat(commissions(workshop)).hasSize(1);
        assertThat(commissions(workshop).getJsonObject(0).getString("target")).isEqualTo("CANDIDATE_PROJECT:" + candidateId);
        assertThat(api().get("api/commissions/" + commissionId, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        assertThat(api().get("api/commissions/" + commissionId, DemoAccounts.DIRECTORATE_2).statusCode())
                .as("the commission shows another directorate's candidate").isEqualTo(404);
        assertThat(api().get("api/commissions/" + commissionId, DemoAccounts.PARTICIPANT).statusCode()).isEqualTo(403);
        assertThat(api().get("api/candidates/" + candidateId + "/commission", DemoAccounts.DIRECTORATE_2).statusCode())
                .as("another directorate does not see the candidate").isEqualTo(404);
    }

    @Test
    void only_the_pole_commissions_and_outsiders_do_not_read_a_workshops_commissions() {
        long workshop = prospective().workshopWithVersion();
        String body = "{\"kind\":\"EVALUATION\",\"title\":\"Évaluer le guichet unique\"}";

        assertThat(commission(workshop, DemoAccounts.ELECTED, body).statusCode()).as("the president").isEqualTo(403);
        assertThat(commission(workshop, DemoAccounts.DIRECTORATE, body).statusCode()).as("a member directorate").isEqualTo(403);
        assertThat(commission(workshop, DemoAccounts.PARTICIPANT, body).statusCode()).as("a member expert").isEqualTo(403);
        assertThat(commission(workshop, null, body).statusCode()).isEqualTo(401);
        assertThat(api().get("api/workshops/" + workshop + "/commissions", DemoAccounts.ELECTED_2).statusCode())
                .as("an elected official outside the group").isEqualTo(403);
        assertThat(api().get("api/workshops/" + workshop + "/commissions", DemoAccounts.ELECTED).statusCode()).isEqualTo(200);
        assertThat(commissions(workshop)).isEmpty();
    }

    @Test
    void a_bad_order_is_refused_with_its_field_and_changes_nothing() {
        long workshop = prospective().workshopWithVersion();

        HttpResponse<String> noTitle = commission(workshop, DemoAccounts.POLE, "{\"kind\":\"EVALUATION\",\"title\":\" \"}");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(noTitle.body()).contains("\"field\":\"title\"");
        HttpResponse<String> noKind = commission(workshop, DemoAccounts.POLE, "{\"title\":\"Une évaluation\"}");
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(noKind.body()).contains("\"field\":\"kind\"");
        HttpResponse<String> noDirectorate = commission(workshop, DemoAccounts.POLE,
                "{\"kind\":\"CANDIDATE_PROJECT\",\"title\":\"Un projet\"}");
        assertThat(noDirectorate.statusCode()).isEqualTo(400);
        assertThat(noDirectorate.body()).contains("\"field\":\"directorateId\"").contains("directorate that will carry");
        HttpResponse<String> unknownDirectorate = commission(workshop, DemoAccounts.POLE,
                "{\"kind\":\"CANDIDATE_PROJECT\",\"title\":\"Un projet\",\"directorateId\":987654}");
        assertThat(unknownDirectorate.statusCode()).isEqualTo(400);
        assertThat(commission(workshop, DemoAccounts.POLE, "{\"kind\":\"SURVEY\",\"title\":\"Un projet\"}").statusCode())
                .isEqualTo(400);

        assertThat(commissions(workshop)).isEmpty();
    }

    @Test
    void nothing_is_commissioned_before_a_version_of_the_document_exists() {
        long workshop = prospective().workshop();

        HttpResponse<String> early = commission(workshop, DemoAccounts.POLE, "{\"kind\":\"EVALUATION\",\"title\":\"Trop tôt\"}");

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(early.body()).getString("detail")).contains("chapter 5");
        assertThat(commissions(workshop)).isEmpty();
        assertThat(api().post("api/workshops/987654/commissions", DemoAccounts.POLE, JSON,
                "{\"kind\":\"EVALUATION\",\"title\":\"Nulle part\"}").statusCode()).isEqualTo(404);
    }
}
