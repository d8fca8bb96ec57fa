package org.fabrique.web.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;

/**
 * Published and confidential content side by side, made through the API for the public pages' tests: each
 * text is unique to one call, so a page or a body can be searched for it.
 */
public final class PublicContent {

    public static final String JSON = "application/json";

    private final Api api;
    private final EvaluationApi evaluations;
    private final ProspectiveApi workshops;
    private final String mark = Long.toString(System.nanoTime(), 36);

    public PublicContent(Api api) {
        this.api = api;
        this.evaluations = new EvaluationApi(api);
        this.workshops = new ProspectiveApi(api);
    }

    /** Unique texts of one evaluation: its quote and finding are published with it, the name and notes never. */
    public record Report(long id, String title, String quote, String finding, String name, String notes) {
    }

    /** Unique texts of one workshop: its synthesis note, and its confidential minutes and amendment. */
    public record Workshop(long id, String title, String note, String minutes, String amendment) {
    }

    /** An evaluation taken to its report, with a named interview, a quote, a finding and a recommendation. */
    public Report reported(String what) {
        String title = "Évaluation publique " + what + " " + mark;
        long id = EvaluationApi.id(evaluations.frame(2040 + (int) (System.nanoTime() % 50), title));
        long question = evaluations.question(id);
        evaluations.advance(id);
        String name = "Mireille Confidentielle " + mark;
        String notes = "Notes d'entretien secrètes " + mark;
        long interview = EvaluationApi.id(EvaluationApi.created(api.post("api/evaluations/" + id + "/interviews",
                DemoAccounts.POLE, JSON, "{\"category\":\"CITIZEN\",\"intervieweeName\":\"" + name
                        + "\",\"interviewedOn\":\"2025-03-12\",\"interviewer\":\"Pôle évaluation\",\"notes\":\"" + notes + "\"}")));
        String quote = "On nous écoute enfin " + mark;
        evaluations.quote(interview, quote, "écoute");
        evaluations.advance(id);
        String finding = "Les ateliers ont éclairé les élus " + mark;
        HttpResponse<String> found = evaluations.put("api/evaluation-questions/" + question + "/finding", DemoAccounts.POLE,
                "{\"finding\":\"" + finding + "\",\"version\":0}");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        evaluations.recommendation(id);
        evaluations.advance(id);
        return new Report(id, title, quote, finding, name, notes);
    }

    /** Publishes the evaluation's report as the pôle; the answer. */
    public HttpResponse<String> publish(long evaluationId, String username) {
        return api.post("api/evaluations/" + evaluationId + "/report-publication", username, JSON,
                "{\"version\":" + evaluations.version(evaluationId) + "}");
    }

    /** A workshop in its scenario sequence with minutes and an amendment; its synthesis note written, and published when asked. */
    public Workshop workshop(boolean published) {
        long id = workshops.workshopWithVersion();
        String title = JsonBodies.object(api.get("api/workshops/" + id, DemoAccounts.POLE).body()).getString("title");
        JsonObject session = workshops.convene(id, "SCENARIO", "2040-03-01");
        String minutes = "Compte rendu confidentiel " + mark + (published ? " publié" : " brouillon");
        HttpResponse<String> written = workshops.put("api/workshops/" + id + "/sessions/" + session.getJsonNumber("id")
                + "/minutes", DemoAccounts.POLE, "{\"minutes\":\"" + minutes + "\",\"version\":"
                + session.getJsonNumber("version") + "}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        HttpResponse<String> proposed = workshops.propose(id, DemoAccounts.PARTICIPANT);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String note = "Note de synthèse " + mark + (published ? " publiée" : " en brouillon");
        long version = JsonBodies.object(api.get("api/workshops/" + id, DemoAccounts.POLE).body()).getJsonNumber("version")
                .longValue();
        HttpResponse<String> synthesis = workshops.put("api/workshops/" + id + "/synthesis", DemoAccounts.POLE,
                "{\"text\":\"" + note + "\",\"publish\":" + published + ",\"version\":" + version + "}");
        assertThat(synthesis.statusCode()).as(synthesis.body()).isEqualTo(200);
        return new Workshop(id, title, note, minutes, "Un guichet unique dans chaque quartier");
    }
}
