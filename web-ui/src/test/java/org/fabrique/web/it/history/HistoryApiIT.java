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
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * The records' history through the API: a change made through the API appears, newest first, with
 * who made it and the old and new values; each history has its record's visibility.
 */
class HistoryApiIT extends DeployedFabrique {

    private JsonObject history(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    /** The change of {@code field} in {@code entry}, which must have one. */
    private static JsonObject change(JsonObject entry, String field) {
        return entry.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
    }

    private static String value(JsonObject change, String side) {
        return !change.containsKey(side) || change.isNull(side) ? null : change.get(side).toString().replace("\"", "");
    }

    @Test
    void a_candidates_submission_feasibility_and_arbitration_are_in_its_history_with_who_and_what() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = dialogue.arbitrated(programme, "RETAINED").getJsonNumber("id").longValue();

        JsonObject page = history("api/candidates/" + id + "/history", DemoAccounts.POLE);

        assertThat(page.getInt("total")).isEqualTo(4);
        JsonArray items = page.getJsonArray("items");
        JsonObject arbitration = items.getJsonObject(0);
        assertThat(arbitration.getString("username")).isEqualTo(DemoAccounts.ELECTED);
        assertThat(arbitration.getString("author")).isEqualTo("Sophie Garnier");
        assertThat(arbitration.getString("action")).isEqualTo("CHANGED");
        assertThat(value(change(arbitration, "status"), "before")).isEqualTo("STUDIED");
        assertThat(value(change(arbitration, "status"), "after")).isEqualTo("ARBITRATED");
        assertThat(value(change(arbitration, "arbitrationDecision"), "before")).isNull();
        assertThat(value(change(arbitration, "arbitrationDecision"), "after")).isEqualTo("RETAINED");

        JsonObject feasibility = items.getJsonObject(1);
        assertThat(feasibility.getString("username")).isEqualTo(DemoAccounts.POLE);
        assertThat(feasibility.getString("author")).isEqualTo("Claire Morel");
        assertThat(value(change(feasibility, "status"), "after")).isEqualTo("STUDIED");
        assertThat(value(change(feasibility, "feasibilityOpinion"), "after")).isEqualTo("FEASIBLE");

        JsonObject submission = items.getJsonObject(2);
        assertThat(submission.getString("username")).isEqualTo(DemoAccounts.DIRECTORATE);
        assertThat(value(change(submission, "status"), "before")).isEqualTo("DRAFT");
        assertThat(value(change(submission, "status"), "after")).isEqualTo("SUBMITTED");

        JsonObject creation = items.getJsonObject(3);
        assertThat(creation.getString("action")).isEqualTo("CREATED");
        assertThat(creation.getString("username")).isEqualTo(DemoAccounts.DIRECTORATE);
        assertThat(value(change(creation, "status"), "after")).isEqualTo("DRAFT");

        JsonObject second = history("api/candidates/" + id + "/history?page=1&size=1", DemoAccounts.DIRECTORATE);
        assertThat(second.getInt("total")).isEqualTo(4);
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("username")).isEqualTo(DemoAccounts.POLE);
    }

    @Test
    void a_candidates_history_is_hidden_as_the_candidate_is() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();

        assertThat(api().get("api/candidates/" + id + "/history", DemoAccounts.DIRECTORATE_2).statusCode()).isEqualTo(404);
        assertThat(api().get("api/candidates/" + id + "/history", DemoAccounts.PARTICIPANT).statusCode()).isEqualTo(403);
        assertThat(api().get("api/candidates/999999999/history", DemoAccounts.POLE).statusCode()).isEqualTo(404);
        assertThat(history("api/candidates/" + id + "/history", DemoAccounts.ELECTED).getInt("total")).isEqualTo(1);
    }

    @Test
    void an_answer_to_a_recommendation_is_in_its_history() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        HttpResponse<String> recorded = api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"Ouvrir la mairie le samedi matin\",\"directorateId\":"
                        + dialogue.directorateOf(DemoAccounts.DIRECTORATE) + "}");
        long id = JsonBodies.object(recorded.body()).getJsonNumber("id").longValue();
        HttpResponse<String> answered = dialogue.answer(id, DemoAccounts.DIRECTORATE,
                "{\"position\":\"RETAINED\",\"text\":\"Ouverture le samedi dès septembre\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        JsonObject page = history("api/recommendations/" + id + "/history", DemoAccounts.DIRECTORATE);

        assertThat(page.getInt("total")).isEqualTo(2);
        JsonObject answer = page.getJsonArray("items").getJsonObject(0);
        assertThat(answer.getString("username")).isEqualTo(DemoAccounts.DIRECTORATE);
        assertThat(answer.getString("author")).isEqualTo("Julien Roux");
        assertThat(value(change(answer, "status"), "before")).isEqualTo("AWAITING_ANSWER");
        assertThat(value(change(answer, "status"), "after")).isEqualTo("ANSWERED");
        assertThat(value(change(answer, "answerPosition"), "before")).isNull();
        assertThat(value(change(answer, "answerPosition"), "after")).isEqualTo("RETAINED");
        assertThat(value(change(answer, "answerText"), "after")).isEqualTo("Ouverture le samedi dès septembre");
        assertThat(page.getJsonArray("items").getJsonObject(1).getString("username")).isEqualTo(DemoAccounts.POLE);
        assertThat(api().get("api/recommendations/" + id + "/history", DemoAccounts.DIRECTORATE_2).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_decided_amendment_is_in_the_documents_history_for_members_and_the_pole_only() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshopWithVersion();
        JsonObject amendment = prospective.proposed(workshop);
        HttpResponse<String> decided = prospective.decide(workshop, amendment, DemoAccounts.ELECTED, "ACCEPTED");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        String path = "api/workshops/" + workshop + "/document/history";

        JsonObject page = history(path, DemoAccounts.PARTICIPANT);

        JsonObject decision = page.getJsonArray("items").getJsonObject(0);
        assertThat(decision.getString("kind")).isEqualTo("amendment");
        assertThat(decision.getString("username")).isEqualTo(DemoAccounts.ELECTED);
        assertThat(value(change(decision, "status"), "before")).isEqualTo("PROPOSED");
        assertThat(value(change(decision, "status"), "after")).isEqualTo("ACCEPTED");
        assertThat(page.getJsonArray("items").stream().map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("version");
                    assertThat(e.getString("username")).isEqualTo(DemoAccounts.ELECTED);
                    assertThat(value(change(e, "versionNumber"), "after")).isEqualTo("1");
                });
        assertThat(history(path, DemoAccounts.POLE).getInt("total")).isEqualTo(page.getInt("total"));
        assertThat(api().get(path, DemoAccounts.DIRECTORATE_2).statusCode()).isEqualTo(403);
        assertThat(api().get(path, DemoAccounts.ELECTED_2).statusCode()).isEqualTo(403);
    }

    @Test
    void an_evaluations_progress_is_in_its_history() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        String next = evaluations.get(id).getString("nextStatus");
        evaluations.advance(id);

        JsonObject page = history("api/evaluations/" + id + "/history", DemoAccounts.DIRECTORATE);

        assertThat(page.getInt("total")).isEqualTo(2);
        JsonObject progress = page.getJsonArray("items").getJsonObject(0);
        assertThat(progress.getString("username")).isEqualTo(DemoAccounts.POLE);
        assertThat(value(change(progress, "status"), "before")).isEqualTo("FRAMING");
        assertThat(value(change(progress, "status"), "after")).isEqualTo(next);
        assertThat(page.getJsonArray("items").getJsonObject(1).getString("action")).isEqualTo("CREATED");
    }

    @Test
    void the_demo_datas_records_have_a_history_written_by_the_system() {
        long evaluation = JsonBodies.object(api().get("api/evaluations?size=500", DemoAccounts.POLE).body())
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("title").contains("isolement des personnes âgées")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();

        JsonObject page = history("api/evaluations/" + evaluation + "/history", DemoAccounts.POLE);

        assertThat(page.getInt("total")).isPositive();
        assertThat(page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(e -> e.getString("username")))
                .contains("system");
    }
}
