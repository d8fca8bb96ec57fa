package org.fabrique.web.it.links;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commissioning to and from the evaluation mission through the API: a workshop's chapter 5 commissions an
 * evaluation, which the evaluation module creates in framing with its origin; an evaluation's recommendation
 * commissions a citizen-dialogue project, drafted for the directorate. Only the pôle commissions.
 */
class CommissionEvaluationApiIT extends DeployedFabrique {

    static final String JSON = EvaluationApi.JSON;

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    private JsonArray list(String path, String username) {
        HttpResponse<String> list = api().get(path, username);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonBodies.array(list.body());
    }

    @Test
    void a_workshop_commissions_an_evaluation_which_starts_in_framing_with_its_origin() {
        long workshop = new ProspectiveApi(api()).workshopWithVersion();

        JsonObject commission = EvaluationApi.created(api().post("api/workshops/" + workshop + "/commissions",
                DemoAccounts.POLE, JSON, "{\"kind\":\"EVALUATION\",\"title\":\"Évaluer le guichet unique\","
                        + "\"brief\":\"Le guichet unique a-t-il simplifié les démarches des aînés ?\"}"));

        assertThat(commission.getString("target")).startsWith("EVALUATION:");
        long evaluationId = Long.parseLong(commission.getString("target").substring("EVALUATION:".length()));
        HttpResponse<String> read = api().get("api/evaluations/" + evaluationId, DemoAccounts.DIRECTORATE_2);
        assertThat(read.statusCode()).as("any account reads an evaluation").isEqualTo(200);
        JsonObject evaluation = JsonBodies.object(read.body());
        assertThat(evaluation.getString("status")).isEqualTo("FRAMING");
        assertThat(evaluation.getString("title")).isEqualTo("Évaluer le guichet unique");
        assertThat(evaluation.getString("origin")).isEqualTo("WORKSHOP:" + workshop);
        assertThat(evaluation.getString("originLabel")).isEqualTo("Atelier d'essai");
        assertThat(evaluation.getJsonNumber("commissionId").longValue()).isEqualTo(EvaluationApi.id(commission));

        JsonArray commissioned = list("api/workshops/" + workshop + "/commissions", DemoAccounts.POLE);
        assertThat(commissioned).hasSize(1);
        assertThat(commissioned.getJsonObject(0).getString("target")).isEqualTo("EVALUATION:" + evaluationId);
        assertThat(commissioned.getJsonObject(0).getString("kind")).isEqualTo("EVALUATION");
    }

    @Test
    void an_evaluation_recommendation_commissions_a_candidate_project_for_the_directorate() {
        long evaluation = evaluations().frame();
        long recommendation = evaluations().recommendation(evaluation);
        long directorate = evaluations().directorateOf(DemoAccounts.DIRECTORATE);

        HttpResponse<String> response = api().post("api/evaluation-recommendations/" + recommendation + "/commissions",
                DemoAccounts.POLE, JSON, "{\"kind\":\"CANDIDATE_PROJECT\",\"title\":\"Un panel d'habitants tirés au sort\","
                        + "\"brief\":\"Associer des habitants aux ateliers.\",\"directorateId\":" + directorate + "}");

        JsonObject commission = EvaluationApi.created(response);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/commissions/" + EvaluationApi.id(commission));
        assertThat(commission.getString("origin")).isEqualTo("EVALUATION_RECOMMENDATION:" + recommendation);
        assertThat(commission.getString("target")).startsWith("CANDIDATE_PROJECT:");
        long candidate = Long.parseLong(commission.getString("target").substring("CANDIDATE_PROJECT:".length()));

        HttpResponse<String> draft = api().get("api/candidates/" + candidate, DemoAccounts.DIRECTORATE);
        assertThat(draft.statusCode()).as("the directorate finds its new draft").isEqualTo(200);
        assertThat(JsonBodies.object(draft.body()).getString("status")).isEqualTo("DRAFT");
        assertThat(JsonBodies.object(draft.body()).getString("title")).isEqualTo("Un panel d'habitants tirés au sort");
        JsonObject back = JsonBodies.object(api().get("api/candidates/" + candidate + "/commission",
                DemoAccounts.DIRECTORATE).body());
        assertThat(back.getString("origin")).isEqualTo("EVALUATION_RECOMMENDATION:" + recommendation);

        assertThat(list("api/evaluation-recommendations/" + recommendation + "/commissions", DemoAccounts.ELECTED))
                .hasSize(1);
        assertThat(list("api/evaluations/" + evaluation + "/commissions", DemoAccounts.PARTICIPANT).getJsonObject(0)
                .getString("target")).isEqualTo("CANDIDATE_PROJECT:" + candidate);
        assertThat(api().get("api/evaluation-recommendations/999999/commissions", DemoAccounts.POLE).statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void only_the_pole_commissions_from_a_recommendation(String username) {
        long recommendation = evaluations().recommendation(evaluations().frame());
        long directorate = evaluations().directorateOf(DemoAccounts.DIRECTORATE);

        HttpResponse<String> refused = api().post("api/evaluation-recommendations/" + recommendation + "/commissions",
                username, JSON, "{\"kind\":\"CANDIDATE_PROJECT\",\"title\":\"Un projet\",\"directorateId\":" + directorate + "}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api().post("api/evaluation-recommendations/" + recommendation + "/commissions", username, JSON,
                "{\"kind\":\"EVALUATION\",\"title\":\"Une autre évaluation\"}").statusCode()).isEqualTo(403);
        assertThat(list("api/evaluation-recommendations/" + recommendation + "/commissions", DemoAccounts.POLE)).isEmpty();
    }
}
