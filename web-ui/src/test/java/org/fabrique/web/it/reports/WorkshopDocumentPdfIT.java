package org.fabrique.web.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * A workshop's reference document as a PDF, read back: the five chapters of the adopted (or latest) version,
 * the adoption date, the workshop's president; confidential like the document, for members and the pôle only.
 */
class WorkshopDocumentPdfIT extends DeployedFabrique {

    private static final String ELDERLY = "Atelier Personnes âgées";

    private long demoWorkshop(String title) {
        return JsonBodies.object(api().get("api/workshops?size=500", DemoAccounts.ELECTED_2).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getString("title").equals(title)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static String flat(String text) {
        return text.replace('\u202F', ' ').replaceAll("\\s+", " ").trim();
    }

    @Test
    void theAdoptedDocumentHasItsFiveChaptersItsAdoptionAndItsPresident() {
        long id = demoWorkshop(ELDERLY);
        JsonObject adopted = JsonBodies.object(api().get("api/workshops/" + id + "/versions/2", DemoAccounts.POLE).body());
        String president = JsonBodies.array(api().get("api/workshops/" + id + "/participants", DemoAccounts.POLE).body())
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("category").equals("PRESIDENT"))
                .findFirst().orElseThrow().getString("displayName");

        PdfDownload french = PdfDownload.get(api(), "api/workshops/" + id + "/document.pdf?lang=fr", DemoAccounts.POLE);
        String text = french.text();

        assertThat(french.disposition()).contains("document-de-reference-Atelier");
        assertThat(text).contains(ELDERLY, "Document de référence de l'atelier prospectif", "Président ou présidente " + president,
                "Version 2, adoptée le", "1. Les enjeux", "2. Le positionnement de la Ville",
                "3. Les choix spécifiques de la Ville", "4. Les préconisations",
                "5. Les conditions de la réussite et la conduite du changement");
        for (JsonObject chapter : adopted.getJsonArray("chapters").getValuesAs(JsonObject.class)) {
            String chapterText = flat(chapter.getString("text"));
            assertThat(text).contains(chapterText.substring(0, Math.min(60, chapterText.length())));
        }

        String english = PdfDownload.get(api(), "api/workshops/" + id + "/document.pdf?lang=en", DemoAccounts.POLE).text();
        assertThat(english).contains("Reference document of the prospective workshop", "Version 2, adopted on",
                "1. The issues", "5. Conditions of success and change management", "President " + president)
                .doesNotContain("Les enjeux");
    }

    @Test
    void aMemberReadsTheLatestVersionBeforeAdoption() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long id = prospective.workshopWithVersion();

        String text = PdfDownload.get(api(), "api/workshops/" + id + "/document.pdf?lang=fr", DemoAccounts.ELECTED).text();

        assertThat(text).contains("Atelier d'essai", "Version 1, pas encore adoptée", "Vieillir chez soi, dans son quartier.",
                "La Ville est animatrice du réseau gérontologique.", "Priorité aux personnes isolées.",
                "Un guichet unique en mairie", "Commander une évaluation à trois ans.")
                .doesNotContain("adoptée le");
    }

    @Test
    void onlyMembersAndThePoleDownloadIt() {
        long current = demoWorkshop("Grand enjeu : la culture, fabrique du lien social dans la métropole");
        long elderly = demoWorkshop(ELDERLY);

        assertThat(PdfDownload.get(api(), "api/workshops/" + current + "/document.pdf", DemoAccounts.PARTICIPANT).status())
                .isEqualTo(200);
        assertThat(PdfDownload.get(api(), "api/workshops/" + current + "/document.pdf", DemoAccounts.ELECTED_2).status())
                .isEqualTo(403);
        assertThat(PdfDownload.get(api(), "api/workshops/" + current + "/document.pdf", DemoAccounts.DIRECTORATE_2).status())
                .isEqualTo(403);
        PdfDownload outsider = PdfDownload.get(api(), "api/workshops/" + elderly + "/document.pdf", DemoAccounts.ELECTED);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.problem()).doesNotContain("Lutter contre");
        assertThat(PdfDownload.get(api(), "api/workshops/999999/document.pdf", DemoAccounts.POLE).status()).isEqualTo(404);
    }
}
