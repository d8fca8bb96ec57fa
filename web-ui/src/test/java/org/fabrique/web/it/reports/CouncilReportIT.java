package org.fabrique.web.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;

/**
 * The yearly report to the municipal council, downloaded through the API and read back: its figures are the
 * commitment dashboard's, its projects, recommendations and answers are the programme's, in French or English;
 * only the pôle and the elected officials receive it.
 */
class CouncilReportIT extends DeployedFabrique {

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    private long record(long projectId, long directorateId, String text) {
        HttpResponse<String> response = api().post("api/projects/" + projectId + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + directorateId + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    private static String percent(JsonObject figures, String suffix) {
        return figures.isNull("onTimeRate") ? "—"
                : Math.round(figures.getJsonNumber("onTimeRate").doubleValue() * 100) + suffix;
    }

    @Test
    void aProgrammesReportHoldsItsFiguresProjectsRecommendationsAndAnswersInFrenchAndEnglish() {
        JsonObject project = dialogue().validatedProject();
        long programme = project.getJsonNumber("programmeId").longValue();
        int year = project.getInt("year");
        long directorate = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        String suffix = " " + System.nanoTime();
        long answered = record(project.getJsonNumber("id").longValue(), directorate, "Ouvrir la médiathèque le dimanche" + suffix);
        record(project.getJsonNumber("id").longValue(), directorate, "Un banc devant l’école" + suffix);
        HttpResponse<String> answer = dialogue().answer(answered, DemoAccounts.DIRECTORATE,
                "{\"position\":\"RETAINED\",\"text\":\"La direction ouvre le dimanche dès janvier.\","
                        + "\"plannedActions\":\"Recruter deux agents\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        PdfDownload french = PdfDownload.get(api(), "api/programmes/" + programme + "/report.pdf?lang=fr", DemoAccounts.POLE);
        String text = french.text();
        assertThat(french.disposition()).contains("filename=\"rapport-conseil-municipal-" + year + ".pdf\"");
        assertThat(text).contains("Rapport annuel au conseil municipal", "Dialogue citoyen : programme " + year, "Statut : Validé",
                "Projets candidats 1", "Projets retenus 1", "Démarches de dialogue 1", "Préconisations citoyennes 2",
                "Répondues dans les délais 1", "Répondues en retard 0", "En attente de réponse 1, dont 0 en retard",
                "Taux de réponse dans les délais 100 %", "2 1 0 1 0 100 %",
                project.getString("title"), "Ouvrir la médiathèque le dimanche" + suffix, "Un banc devant l’école" + suffix,
                "Réponse : Retenue", "La direction ouvre le dimanche dès janvier.", "Actions prévues : Recruter deux agents",
                "En attente de réponse.");
        assertThat(text).doesNotContain("Sommaire");

        String english = PdfDownload.get(api(), "api/programmes/" + programme + "/report.pdf?lang=en", DemoAccounts.ELECTED).text();
        assertThat(english).contains("Yearly report to the municipal council", "Citizen dialogue: programme " + year, "Status: Validated",
                "Answered on time 1", "Awaiting an answer 1, 0 of them overdue", "On-time answer rate 100%",
                "The on-time answer rate per directorate", "Answer: Retained", "Planned actions: Recruter deux agents")
                .doesNotContain("Rapport annuel", "Réponse : Retenue");
    }

    @Test
    void theDemoProgrammesReportOpensWithContentsAndCountsEachDirectorateAsTheDashboard() {
        JsonObject programme = JsonBodies.object(api().get("api/programmes?size=500", DemoAccounts.POLE).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("status").equals("VALIDATED") && p.getInt("year") == DialogueApi.today().getYear())
                .findFirst().orElseThrow();
        long id = programme.getJsonNumber("id").longValue();
        JsonObject commitment = JsonBodies.object(api().get("api/programmes/" + id + "/commitment", DemoAccounts.POLE).body());

        List<String> pages = PdfDownload.get(api(), "api/programmes/" + id + "/report.pdf?lang=fr", DemoAccounts.ELECTED).pages();
        String text = String.join(" ", pages).replaceAll("\\s+", " ");

        assertThat(pages.size()).isGreaterThan(3);
        assertThat(pages.get(0)).contains("Sommaire", "Le programme en chiffres", "Les démarches de dialogue",
                "Les préconisations et les réponses de la Ville");
        assertThat(text).contains("Préconisations citoyennes " + commitment.getJsonNumber("total").longValue(),
                "Répondues dans les délais " + commitment.getJsonNumber("answeredOnTime").longValue(),
                "Taux de réponse dans les délais " + percent(commitment, " %"),
                "Nouvelle mairie de quartier de Doulon");
        assertThat(commitment.getJsonArray("directorates")).isNotEmpty();
        for (JsonObject d : commitment.getJsonArray("directorates").getValuesAs(JsonObject.class)) {
            assertThat(text).contains(d.getString("name"));
            assertThat(text).as(d.getString("name")).contains(d.getJsonNumber("total") + " " + d.getJsonNumber("answeredOnTime")
                    + " " + d.getJsonNumber("answeredLate") + " " + d.getJsonNumber("awaiting") + " "
                    + d.getJsonNumber("overdue") + " " + percent(d, " %"));
        }
    }

    @Test
    void onlyThePoleAndTheElectedOfficialsReceiveTheReport() {
        long programme = dialogue().validatedProject().getJsonNumber("programmeId").longValue();
        String path = "api/programmes/" + programme + "/report.pdf";

        assertThat(PdfDownload.get(api(), path, DemoAccounts.DIRECTORATE).status()).isEqualTo(403);
        assertThat(PdfDownload.get(api(), path, DemoAccounts.PARTICIPANT).status()).isEqualTo(403);
        assertThat(PdfDownload.get(api(), path, null).status()).isEqualTo(401);
        assertThat(PdfDownload.get(api(), "api/programmes/999999/report.pdf", DemoAccounts.POLE).status()).isEqualTo(404);
        PdfDownload badLanguage = PdfDownload.get(api(), path + "?lang=de", DemoAccounts.POLE);
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.problem()).contains("lang");
    }

    @Test
    void openapiDescribesTheThreeDocuments() {
        HttpResponse<String> response = api().send(api().request("openapi", null).header("Accept", "application/json").GET().build());

        assertThat(JsonBodies.object(response.body()).getJsonObject("paths").keySet()).contains(
                "/api/programmes/{id}/report.pdf", "/api/workshops/{id}/document.pdf", "/api/evaluations/{id}/report.pdf");
    }
}
