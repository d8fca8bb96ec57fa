package org.fabrique.web.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * An evaluation's report as a PDF, read back: framing, questions with criteria and findings, recommendations
 * with their follow-up; the quotes by theme, by category and never by name, for the pôle and the steering
 * committee only, reserved for anyone else.
 */
class EvaluationReportIT extends DeployedFabrique {

    private static final String ATELIERS = "Évaluation des Ateliers prospectifs 2008–2013";

    private long evaluation(String title) {
        return JsonBodies.object(api().get("api/evaluations?size=500", DemoAccounts.PARTICIPANT).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("title").equals(title))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private JsonArray list(String path) {
        String body = api().get(path, DemoAccounts.POLE).body();
        return body.trim().startsWith("[") ? JsonBodies.array(body) : JsonBodies.object(body).getJsonArray("items");
    }

    private static String start(String text) {
        String flat = text.replace('\u202F', ' ').replaceAll("\\s+", " ").trim();
        return flat.substring(0, Math.min(50, flat.length()));
    }

    private List<String> intervieweeNames(long id) {
        List<String> names = list("api/evaluations/" + id + "/interviews?size=500").getValuesAs(JsonObject.class).stream()
                .filter(i -> !i.isNull("intervieweeName")).map(i -> i.getString("intervieweeName")).toList();
        assertThat(names).as("the demo's interviewees have names the pôle reads").isNotEmpty();
        return names;
    }

    @Test
    void theSteeringCommitteeReadsEverythingAndTheQuotesByCategoryWithoutAName() {
        long id = evaluation(ATELIERS);
        String text = PdfDownload.get(api(), "api/evaluations/" + id + "/report.pdf?lang=fr", DemoAccounts.ELECTED).text();

        assertThat(text).contains(ATELIERS, "Rapport d'évaluation — programme 2013", "Ex post",
                "Romain Pasquier", "Les questions évaluatives et leurs constats", "Critères :", "Ce que disent les entretiens",
                "Socialisation", "Élu", "Directeur", "Les recommandations et leur suivi", "Suivi : Réalisée",
                "Ouvrir les Ateliers à des représentants de la société civile", "Échéance dépassée.");
        for (JsonObject question : list("api/evaluations/" + id + "/questions").getValuesAs(JsonObject.class)) {
            assertThat(text).contains(start(question.getString("text")));
            assertThat(text).contains("Constat : " + start(question.getString("finding")));
        }
        for (JsonObject quote : list("api/evaluations/" + id + "/quotes?size=500").getValuesAs(JsonObject.class)) {
            assertThat(text).contains("« " + start(quote.getString("text")));
        }
        String pole = PdfDownload.get(api(), "api/evaluations/" + id + "/report.pdf", DemoAccounts.POLE).text();
        for (String name : intervieweeNames(id)) {
            assertThat(text).doesNotContain(name);
            assertThat(pole).doesNotContain(name);
        }
    }

    @Test
    void forAnyoneElseWhatTheInterviewsSaidIsReserved() {
        long id = evaluation(ATELIERS);
        String text = PdfDownload.get(api(), "api/evaluations/" + id + "/report.pdf?lang=fr", DemoAccounts.ELECTED_2).text();

        assertThat(text).contains(ATELIERS, "Ce que disent les entretiens",
                "Réservé au pôle et au comité de pilotage de l'évaluation.", "Les recommandations et leur suivi");
        for (JsonObject quote : list("api/evaluations/" + id + "/quotes?size=500").getValuesAs(JsonObject.class)) {
            assertThat(text).doesNotContain(start(quote.getString("text")));
        }
        for (String name : intervieweeNames(id)) {
            assertThat(text).doesNotContain(name);
        }
    }

    @Test
    void inEnglishOnRequest() {
        long id = evaluation(ATELIERS);
        String text = PdfDownload.get(api(), "api/evaluations/" + id + "/report.pdf?lang=en", DemoAccounts.DIRECTORATE).text();

        assertThat(text).contains("Evaluation report — programme 2013", "The evaluation's framing",
                "The evaluative questions and their findings", "What the interviews said",
                "The recommendations and their follow-up", "Follow-up: Done")
                .doesNotContain("Ce que disent les entretiens");
        JsonObject quote = list("api/evaluations/" + id + "/quotes?size=500").getJsonObject(0);
        assertThat(PdfDownload.get(api(), "api/evaluations/" + id + "/report.pdf?lang=en", DemoAccounts.ELECTED).text())
                .contains("“" + start(quote.getString("text")), "The quotes, verbatim, are attributed by the interviewee's "
                        + "category only.");
        assertThat(PdfDownload.get(api(), "api/evaluations/999999/report.pdf", DemoAccounts.POLE).status()).isEqualTo(404);
    }
}
