package org.fabrique.web.it.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.it.exports.Download.column;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;

/**
 * The lists downloaded as CSV and Excel through the API and read back: the whole list the caller may
 * see, no more (a directorate its own candidates and recommendations), accents intact, headers and values
 * in the reader's language; an outsider gets 403 on a workshop's plan, an anonymous caller 401.
 */
class ExportApiIT extends DeployedFabrique {

    private static final int YEAR = DialogueApi.today().getYear();
    private static final String SPORTS_CANDIDATE = "Équipements sportifs en accès libre sur l'Île de Nantes";

    @Test
    void the_pole_exports_all_of_a_programmes_candidates_and_a_directorate_only_its_own() {
        long programme = programmeOf(YEAR);
        String path = "api/programmes/" + programme + "/candidates.csv?lang=fr";

        Download poleDownload = Download.of(api(), path, DemoAccounts.POLE);
        assertThat(poleDownload.header("Content-Disposition")).startsWith("attachment;").contains("candidates-" + programme + ".csv");
        List<List<String>> pole = poleDownload.csv();
        assertThat(pole.get(0)).startsWith("Titre", "Direction", "Politique publique", "Échelle", "État");
        assertThat(pole).hasSize(1 + total("api/programmes/" + programme + "/candidates", DemoAccounts.POLE));
        assertThat(column(pole, "Titre")).contains(SPORTS_CANDIDATE);
        assertThat(column(pole, "Direction")).contains("Direction de la culture", "Direction des sports");
        assertThat(column(pole, "Décision")).contains("Retenu", "Rejeté");

        List<List<String>> culture = Download.of(api(), path, DemoAccounts.DIRECTORATE).csv();
        assertThat(culture).hasSize(1 + total("api/programmes/" + programme + "/candidates", DemoAccounts.DIRECTORATE));
        assertThat(column(culture, "Direction")).isNotEmpty().containsOnly("Direction de la culture");
        assertThat(column(culture, "Titre")).doesNotContain(SPORTS_CANDIDATE);
        assertThat(culture.size()).isLessThan(pole.size());

        List<List<String>> sports = Download.of(api(), path.replace(".csv", ".xlsx"), DemoAccounts.DIRECTORATE_2).xlsx();
        assertThat(column(sports, "Titre")).contains(SPORTS_CANDIDATE);
        assertThat(column(sports, "Direction")).containsOnly("Direction des sports");
    }

    @Test
    void recommendations_export_whole_beyond_a_page_and_a_directorate_only_its_own() {
        long programme = programmeOf(YEAR);
        String query = "recommendations.xlsx?lang=fr&programmeId=" + programme;

        List<List<String>> pole = Download.of(api(), "api/" + query, DemoAccounts.POLE).xlsx();
        int all = total("api/recommendations?programmeId=" + programme, DemoAccounts.POLE);
        assertThat(all).isGreaterThan(50);
        assertThat(pole).hasSize(1 + all);
        assertThat(pole.get(0)).startsWith("Démarche de dialogue", "Préconisation", "Direction responsable", "Enregistrée le",
                "Échéance", "En retard", "Réponse");
        assertThat(column(pole, "Direction responsable")).contains("Direction de la culture", "Direction des sports");
        assertThat(column(pole, "En retard")).contains("Oui", "Non");

        List<List<String>> culture = Download.of(api(), "api/" + query.replace(".xlsx", ".csv"), DemoAccounts.DIRECTORATE).csv();
        assertThat(culture).hasSize(1 + total("api/recommendations?programmeId=" + programme, DemoAccounts.DIRECTORATE));
        assertThat(column(culture, "Direction responsable")).isNotEmpty().containsOnly("Direction de la culture");

        List<List<String>> overdue = Download.of(api(), "api/recommendations.csv?lang=fr&overdue=true", DemoAccounts.DIRECTORATE).csv();
        assertThat(column(overdue, "En retard")).isNotEmpty().containsOnly("Oui");
    }

    @Test
    void a_candidate_with_accents_and_a_formula_like_title_is_exported_intact_and_harmless() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        HttpResponse<String> drafted = dialogue.draft(programme, DemoAccounts.DIRECTORATE,
                dialogue.completeCandidate("Équipement « Ça bouge ! »; été 2026"));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate("=HYPERLINK(\\\"x\\\")"))
                .statusCode()).isEqualTo(201);
        String path = "api/programmes/" + programme + "/candidates";

        Download csv = Download.of(api(), path + ".csv?lang=fr", DemoAccounts.DIRECTORATE);
        assertThat(csv.text()).contains("\"Équipement « Ça bouge ! »; été 2026\"").contains("'=HYPERLINK(\"\"x\"\")");
        assertThat(column(csv.csv(), "Titre")).containsExactlyInAnyOrder("Équipement « Ça bouge ! »; été 2026", "'=HYPERLINK(\"x\")");
        assertThat(column(csv.csv(), "État")).containsOnly("Brouillon");

        List<List<String>> xlsx = Download.of(api(), path + ".xlsx?lang=fr", DemoAccounts.DIRECTORATE).xlsx();
        assertThat(column(xlsx, "Titre")).contains("Équipement « Ça bouge ! »; été 2026");
        assertThat(Download.of(api(), path + ".csv?lang=fr", DemoAccounts.DIRECTORATE_2).csv()).hasSize(1);
    }

    @Test
    void workshops_export_to_any_account_in_the_language_it_accepts() {
        List<List<String>> english = Download.of(api(), "api/workshops.csv", DemoAccounts.ELECTED_2,
                "Accept-Language", "en").csv();
        assertThat(english.get(0)).startsWith("Workshop", "Public policy", "Cycle", "Step");
        assertThat(english).hasSize(1 + total("api/workshops", DemoAccounts.ELECTED_2));
        assertThat(column(english, "Workshop")).contains("Atelier Personnes âgées");
        assertThat(column(english, "Step")).contains("Closed");

        List<List<String>> french = Download.of(api(), "api/workshops.xlsx?lang=fr", DemoAccounts.PARTICIPANT).xlsx();
        assertThat(column(french, "Étape")).contains("Clos");
    }

    @Test
    void a_language_other_than_french_or_english_is_refused_as_for_the_pdf_documents() {
        Download german = Download.of(api(), "api/workshops.csv?lang=de", DemoAccounts.PARTICIPANT, "Accept-Language", "en");

        assertThat(german.status()).isEqualTo(400);
        assertThat(german.text()).contains("\"lang\"", "fr or en");
    }

    @Test
    void a_workshops_action_plan_exports_to_the_pole_and_members_and_is_refused_to_an_outsider() {
        long elderly = workshopId("Atelier Personnes âgées");
        String path = "api/workshops/" + elderly + "/actions";

        List<List<String>> plan = Download.of(api(), path + ".csv?lang=fr", DemoAccounts.POLE).csv();
        assertThat(plan).hasSizeGreaterThan(1).hasSize(1 + total(path, DemoAccounts.POLE));
        assertThat(plan.get(0)).containsExactly("Direction", "Action", "Préconisation d'origine", "Pilote", "Échéance",
                "Statut", "Avancement (%)");

        Download outsider = Download.of(api(), path + ".xlsx", DemoAccounts.ELECTED_2);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Download.of(api(), path + ".csv", DemoAccounts.DIRECTORATE_2).status()).isEqualTo(403);
    }

    @Test
    void evaluations_export_with_the_lists_year_filter() {
        List<List<String>> all = Download.of(api(), "api/evaluations.csv?lang=fr", DemoAccounts.PARTICIPANT).csv();
        assertThat(all).hasSize(1 + total("api/evaluations", DemoAccounts.PARTICIPANT));
        assertThat(column(all, "Évaluation")).contains("Évaluation de l'engagement de réponse du dialogue citoyen");

        List<List<String>> ofYear = Download.of(api(), "api/evaluations.xlsx?lang=en&programmeYear=" + YEAR,
                DemoAccounts.PARTICIPANT).xlsx();
        assertThat(column(ofYear, "Programme")).isNotEmpty().containsOnly(String.valueOf(YEAR));
        assertThat(ofYear.size()).isLessThan(all.size());

        Download bad = Download.of(api(), "api/evaluations.csv?programmeYear=soon", DemoAccounts.PARTICIPANT);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void an_evaluations_recommendations_export_with_their_follow_up() {
        long ateliers = evaluationId("Évaluation des Ateliers prospectifs 2008–2013");
        String path = "api/evaluations/" + ateliers + "/recommendations";

        List<List<String>> rows = Download.of(api(), path + ".csv?lang=fr", DemoAccounts.DIRECTORATE_2).csv();
        assertThat(rows.get(0)).containsExactly("Rang", "Recommandation", "Porteur", "Échéance", "En retard", "Suivi",
                "Commentaire de suivi");
        HttpResponse<String> json = api().get(path, DemoAccounts.DIRECTORATE_2);
        assertThat(rows).hasSize(1 + JsonBodies.array(json.body()).size());
        assertThat(column(rows, "Recommandation")).contains("Ouvrir les Ateliers à des représentants de la société civile");
        assertThat(column(rows, "Suivi")).contains("Réalisée", "En cours");

        List<List<String>> english = Download.of(api(), path + ".xlsx?lang=en", DemoAccounts.PARTICIPANT).xlsx();
        assertThat(english.get(0)).startsWith("Rank", "Recommendation");
        assertThat(column(english, "Follow-up")).contains("Done");
    }

    @Test
    void an_anonymous_caller_gets_401_and_an_unknown_format_404() {
        Download anonymous = Download.of(api(), "api/workshops.csv", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isNotEmpty();
        assertThat(Download.of(api(), "api/recommendations.xlsx", null).status()).isEqualTo(401);
        assertThat(Download.of(api(), "api/workshops.pdf", DemoAccounts.POLE).status()).isEqualTo(404);
    }

    @Test
    void openapi_describes_the_exports() {
        HttpResponse<String> response = api().send(api().request("openapi", null).header("Accept", "application/json").GET().build());

        assertThat(JsonBodies.object(response.body()).getJsonObject("paths").keySet()).contains(
                "/api/programmes/{id}/candidates.{format}", "/api/recommendations.{format}", "/api/workshops.{format}",
                "/api/workshops/{id}/actions.{format}", "/api/evaluations.{format}",
                "/api/evaluations/{id}/recommendations.{format}");
    }

    private int total(String path, String username) {
        HttpResponse<String> response = api().get(path + (path.contains("?") ? "&" : "?") + "size=1", username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body()).getInt("total");
    }

    private long programmeOf(int year) {
        HttpResponse<String> response = api().get("api/programmes?size=500", DemoAccounts.POLE);
        return JsonBodies.object(response.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("year") == year).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long evaluationId(String title) {
        HttpResponse<String> response = api().get("api/evaluations?size=500", DemoAccounts.POLE);
        return JsonBodies.object(response.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("title").equals(title)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long workshopId(String title) {
        HttpResponse<String> response = api().get("api/workshops?size=500", DemoAccounts.POLE);
        return JsonBodies.object(response.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("title").equals(title)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
