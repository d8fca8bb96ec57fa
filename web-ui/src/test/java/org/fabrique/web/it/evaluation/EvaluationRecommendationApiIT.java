package org.fabrique.web.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * An evaluation's recommendations through the API: the pôle writes them and assigns each to a directorate
 * with a due date; past it they are overdue and listed first; the owner directorate says where the
 * follow-up stands, another directorate cannot; done, a recommendation is no longer overdue.
 */
class EvaluationRecommendationApiIT extends DeployedFabrique {

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    private List<JsonObject> listed(String query, String username) {
        HttpResponse<String> list = api().get("api/evaluation-recommendations" + query, username);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonBodies.object(list.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject find(List<JsonObject> items, long id) {
        return items.stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void a_recommendation_past_its_due_date_is_overdue_and_listed_first() {
        long evaluation = evaluations().frame();
        long directorate = evaluations().directorateOf(DemoAccounts.DIRECTORATE);
        long later = evaluations().recommendation(evaluation);
        long late = evaluations().recommendation(evaluation);

        evaluations().assign(later, directorate, "2099-12-31");
        JsonObject assigned = evaluations().assign(late, directorate, "2020-06-30");

        assertThat(assigned.getBoolean("overdue")).isTrue();
        assertThat(assigned.getJsonNumber("ownerDirectorateId").longValue()).isEqualTo(directorate);
        assertThat(assigned.getString("ownerLabel")).as("the directorate's name by default").isNotBlank();
        HttpResponse<String> ofEvaluation = api().get("api/evaluations/" + evaluation + "/recommendations",
                DemoAccounts.PARTICIPANT);
        assertThat(JsonBodies.array(ofEvaluation.body()).stream().map(JsonValue::asJsonObject))
                .extracting(r -> r.getInt("rank") + ":" + r.getBoolean("overdue")).containsExactly("1:false", "2:true");

        List<JsonObject> mine = listed("?directorateId=" + directorate + "&size=500", DemoAccounts.ELECTED);
        assertThat(mine).allMatch(r -> r.getJsonNumber("ownerDirectorateId").longValue() == directorate);
        int firstNotOverdue = mine.stream().map(r -> r.getBoolean("overdue")).toList().indexOf(false);
        assertThat(mine.subList(0, firstNotOverdue < 0 ? mine.size() : firstNotOverdue))
                .as("the overdue ones first").contains(find(mine, late));
        assertThat(mine.subList(firstNotOverdue, mine.size())).allMatch(r -> !r.getBoolean("overdue"));
        assertThat(mine.indexOf(find(mine, late))).isLessThan(mine.indexOf(find(mine, later)));
        assertThat(find(mine, late).getString("evaluationTitle")).startsWith("Évaluation d'essai");
    }

    @Test
    void the_list_filters_and_sorts_in_the_database_and_refuses_what_it_cannot_read() {
        long evaluation = evaluations().frame();
        long directorate = evaluations().directorateOf(DemoAccounts.DIRECTORATE);
        long late = evaluations().recommendation(evaluation);
        long later = evaluations().recommendation(evaluation);
        long unassigned = evaluations().recommendation(evaluation);
        evaluations().assign(late, directorate, "2020-06-30");
        evaluations().assign(later, directorate, "2099-12-31");
        HttpResponse<String> started = evaluations().followUp(later, DemoAccounts.DIRECTORATE, "IN_PROGRESS",
                "Un tirage au sort prévu en septembre.");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String of = "?evaluationId=" + evaluation;

        assertThat(ids(of, DemoAccounts.ELECTED)).as("overdue first, then by due date, undated last")
                .containsExactly(late, later, unassigned);
        assertThat(ids(of + "&overdue=true", DemoAccounts.ELECTED)).containsExactly(late);
        assertThat(ids(of + "&overdue=false", DemoAccounts.ELECTED)).containsExactly(later, unassigned);
        assertThat(ids(of + "&status=IN_PROGRESS", DemoAccounts.ELECTED)).containsExactly(later);
        assertThat(ids(of + "&dueBefore=2030-01-01", DemoAccounts.ELECTED)).containsExactly(late);
        assertThat(ids(of + "&dueAfter=2030-01-01", DemoAccounts.ELECTED)).containsExactly(later);
        assertThat(ids(of + "&q=SEPTEMBRE", DemoAccounts.ELECTED)).as("in the follow-up's comment, whatever the case")
                .containsExactly(later);
        assertThat(ids(of + "&directorateId=" + directorate + "&sort=-rank", DemoAccounts.ELECTED))
                .containsExactly(later, late);
        assertThat(ids(of + "&sort=-dueDate", DemoAccounts.ELECTED)).as("undated last in both directions")
                .containsExactly(later, late, unassigned);
        for (String bad : List.of("&sort=colour", "&status=FINISHED", "&overdue=maybe", "&dueBefore=31/12/2030",
                "&evaluationId=abc")) {
            HttpResponse<String> refused = api().get("api/evaluation-recommendations?" + bad.substring(1), DemoAccounts.POLE);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
        }
    }

    private List<Long> ids(String query, String username) {
        return listed(query, username).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void the_owner_directorate_follows_up_another_cannot_and_done_clears_overdue() {
        long evaluation = evaluations().frame();
        long recommendation = evaluations().recommendation(evaluation);
        evaluations().assign(recommendation, evaluations().directorateOf(DemoAccounts.DIRECTORATE), "2020-06-30");

        String ofEvaluation = "api/evaluations/" + evaluation + "/recommendations";
        assertThat(JsonBodies.array(api().get(ofEvaluation, DemoAccounts.DIRECTORATE).body()).getJsonObject(0)
                .getBoolean("mayFollowUp")).as("its owner directorate may follow it up").isTrue();
        assertThat(JsonBodies.array(api().get(ofEvaluation, DemoAccounts.POLE).body()).getJsonObject(0)
                .getBoolean("mayFollowUp")).isTrue();
        assertThat(JsonBodies.array(api().get(ofEvaluation, DemoAccounts.DIRECTORATE_2).body()).getJsonObject(0)
                .getBoolean("mayFollowUp")).as("another directorate may not").isFalse();
        assertThat(JsonBodies.array(api().get(ofEvaluation, DemoAccounts.ELECTED).body()).getJsonObject(0)
                .getBoolean("mayFollowUp")).isFalse();
        HttpResponse<String> stranger = evaluations().followUp(recommendation, DemoAccounts.DIRECTORATE_2, "DONE", "Fait");
        assertThat(stranger.statusCode()).as("another directorate").isEqualTo(403);
        assertThat(evaluations().followUp(recommendation, DemoAccounts.ELECTED, "DONE", "Fait").statusCode()).isEqualTo(403);

        HttpResponse<String> started = evaluations().followUp(recommendation, DemoAccounts.DIRECTORATE, "IN_PROGRESS",
                "Un premier tirage au sort en septembre.");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(JsonBodies.object(started.body()).getBoolean("overdue")).as("still open past its date").isTrue();

        HttpResponse<String> done = evaluations().followUp(recommendation, DemoAccounts.DIRECTORATE, "DONE",
                "Six habitants tirés au sort siègent désormais dans chaque atelier.");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonObject finished = JsonBodies.object(done.body());
        assertThat(finished.getString("status")).isEqualTo("DONE");
        assertThat(finished.getBoolean("overdue")).isFalse();
        assertThat(finished.getString("followUpComment")).startsWith("Six habitants");
        assertThat(find(listed("?size=500", DemoAccounts.DIRECTORATE_2), recommendation).getBoolean("overdue")).isFalse();
    }

    @Test
    void the_pole_alone_writes_and_assigns_with_clear_refusals() {
        long evaluation = evaluations().frame();
        long recommendation = evaluations().recommendation(evaluation);
        String text = "{\"text\":\"Publier la synthèse de chaque atelier.\"}";

        assertThat(api().post("api/evaluations/" + evaluation + "/recommendations", DemoAccounts.DIRECTORATE,
                EvaluationApi.JSON, text).statusCode()).isEqualTo(403);
        assertThat(evaluations().put("api/evaluation-recommendations/" + recommendation + "/assignment",
                DemoAccounts.DIRECTORATE, "{\"ownerLabel\":\"Cabinet du maire\",\"dueDate\":\"2026-06-30\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> blank = api().post("api/evaluations/" + evaluation + "/recommendations", DemoAccounts.POLE,
                EvaluationApi.JSON, "{\"text\":\"\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"text\"");
        HttpResponse<String> unknown = evaluations().put("api/evaluation-recommendations/" + recommendation + "/assignment",
                DemoAccounts.POLE, "{\"ownerDirectorateId\":999999,\"dueDate\":\"2026-06-30\",\"version\":"
                        + evaluations().recommendationVersion(recommendation) + "}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"ownerDirectorateId\"");
        HttpResponse<String> stale = evaluations().put("api/evaluation-recommendations/" + recommendation + "/follow-up",
                DemoAccounts.POLE, "{\"status\":\"PLANNED\",\"version\":99}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(evaluations().followUp(999999, DemoAccounts.POLE, "DONE", "").statusCode()).isEqualTo(404);
    }
}
