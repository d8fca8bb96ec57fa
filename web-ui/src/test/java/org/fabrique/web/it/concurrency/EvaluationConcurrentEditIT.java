package org.fabrique.web.it.concurrency;

import jakarta.json.JsonObject;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;

/**
 * No silent overwrite in the evaluations: the evaluation, its questions, indicators, interviews, quotes and
 * recommendations are edited on the version read only (400 without it, 409 when stale, nothing changed).
 */
class EvaluationConcurrentEditIT extends DeployedFabrique {

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    private ConcurrentEdits edits() {
        return new ConcurrentEdits(api());
    }

    private JsonObject item(String list, long id) {
        return ConcurrentEdits.item(api().get(list, DemoAccounts.POLE).body(), id);
    }

    @Test
    void an_evaluation_is_reframed_and_summed_up_on_the_version_read() {
        long id = evaluations().frame();

        edits().guarded(DemoAccounts.POLE, "api/evaluations/" + id, text -> EvaluationApi.framing(2026, "Évaluation " + text),
                () -> evaluations().get(id));
        edits().guarded(DemoAccounts.POLE, "api/evaluations/" + id + "/summary", text -> "{\"summary\":\"" + text + "\"}",
                () -> evaluations().get(id));
    }

    @Test
    void questions_and_indicators_are_revised_on_the_version_read() {
        long evaluation = evaluations().frame();
        long question = evaluations().question(evaluation);
        long indicator = evaluations().indicator(evaluation);
        String questions = "api/evaluations/" + evaluation + "/questions";

        edits().guarded(DemoAccounts.POLE, "api/evaluation-questions/" + question,
                text -> "{\"text\":\"" + text + "\",\"criteria\":[\"EFFECTIVENESS\"]}", () -> item(questions, question));
        edits().guarded(DemoAccounts.POLE, "api/evaluation-questions/" + question + "/finding",
                text -> "{\"finding\":\"" + text + "\"}", () -> item(questions, question));
        edits().guarded(DemoAccounts.POLE, "api/indicators/" + indicator, text -> "{\"name\":\"" + text + "\",\"unit\":\"%\"}",
                () -> item("api/evaluations/" + evaluation + "/indicators", indicator));
    }

    @Test
    void interviews_and_quotes_are_revised_on_the_version_read() {
        long evaluation = evaluations().frame();
        long interview = evaluations().interview(evaluation, "DIRECTOR", "Anne Leroy");
        long quote = evaluations().quote(interview, "Les ateliers ont changé notre façon de travailler.", "méthode");

        edits().guarded(DemoAccounts.POLE, "api/interviews/" + interview,
                text -> "{\"category\":\"DIRECTOR\",\"interviewedOn\":\"2025-03-12\",\"interviewer\":\"" + text + "\"}",
                () -> item("api/evaluations/" + evaluation + "/interviews", interview));
        edits().guarded(DemoAccounts.POLE, "api/quotes/" + quote + "/tags", text -> "{\"themes\":[\"" + text + "\"]}",
                () -> item("api/evaluations/" + evaluation + "/quotes", quote));
    }

    @Test
    void recommendations_are_reworded_assigned_and_followed_up_on_the_version_read() {
        long evaluation = evaluations().frame();
        long recommendation = evaluations().recommendation(evaluation);
        String list = "api/evaluations/" + evaluation + "/recommendations";

        edits().guarded(DemoAccounts.POLE, "api/evaluation-recommendations/" + recommendation,
                text -> "{\"text\":\"" + text + "\"}", () -> item(list, recommendation));
        edits().guarded(DemoAccounts.POLE, "api/evaluation-recommendations/" + recommendation + "/assignment",
                text -> "{\"ownerLabel\":\"" + text + "\",\"dueDate\":\"2027-01-31\"}", () -> item(list, recommendation));
        edits().guarded(DemoAccounts.POLE, "api/evaluation-recommendations/" + recommendation + "/follow-up",
                text -> "{\"status\":\"IN_PROGRESS\",\"comment\":\"" + text + "\"}", () -> item(list, recommendation));
    }
}
