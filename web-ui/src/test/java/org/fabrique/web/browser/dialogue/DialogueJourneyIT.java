package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme year in the browser, as each person lives it: the directorate drafts and submits a
 * candidate, the pôle records its feasibility, an elected official arbitrates and validates.
 */
class DialogueJourneyIT extends DeployedFabrique {

    @Test
    void a_candidate_goes_from_draft_to_a_validated_programme() {
        JsonObject programme = new DialogueApi(api()).openProgrammeAcceptingToday();
        long programmeId = programme.getJsonNumber("id").longValue();
        String candidatePath;

        try (Browser directorate = new Browser(base)) {
            directorate.signIn(DemoAccounts.DIRECTORATE);
            directorate.open("/dialogue/programme.xhtml?id=" + programmeId);
            assertThat(directorate.heading()).isEqualTo("Programme " + programme.getInt("year"));
            directorate.assertAccessible();
            directorate.clickAndWaitForNextPage(By.id("newCandidate"));

            directorate.driver().findElement(By.id("candidate:title")).sendKeys("Bibliothèque de demain");
            directorate.clickAndWaitForNextPage(By.id("candidate:save"));
            assertThat(directorate.text(By.cssSelector(".message-info"))).isEqualTo("Projet candidat enregistré.");
            assertThat(directorate.text(By.id("status"))).isEqualTo("Brouillon");
            candidatePath = directorate.path();
            assertThat(candidatePath).matches("/dialogue/candidate\\.xhtml\\?id=\\d+");
            directorate.assertAccessible();

            directorate.clickAndWaitForNextPage(By.id("candidate:submit"));
            assertThat(directorate.text(By.cssSelector(".message-error"))).startsWith("Le projet candidat est incomplet");
            assertThat(directorate.text(By.id("status"))).isEqualTo("Brouillon");

            new Select(directorate.driver().findElement(By.id("candidate:policy"))).selectByVisibleText("Culture");
            new Select(directorate.driver().findElement(By.id("candidate:sponsor"))).selectByVisibleText("Sophie Garnier");
            new Select(directorate.driver().findElement(By.id("candidate:scale"))).selectByVisibleText("Ville");
            new Select(directorate.driver().findElement(By.id("candidate:level"))).selectByVisibleText("Co-construction");
            directorate.choose(By.id("candidate:methods:2"));
            directorate.driver().findElement(By.id("candidate:stakes")).sendKeys("Repenser la bibliothèque comme lieu de vie.");
            directorate.driver().findElement(By.id("candidate:levers")).sendKeys("Programmation et horaires décidés par la Ville.");
            directorate.clickAndWaitForNextPage(By.id("candidate:submit"));

            assertThat(directorate.text(By.cssSelector(".message-info"))).isEqualTo("Projet candidat déposé.");
            assertThat(directorate.text(By.id("status"))).isEqualTo("Déposé");
            assertThat(directorate.driver().findElements(By.id("candidate:title"))).as("no longer editable").isEmpty();
            assertThat(directorate.text(By.id("sponsor"))).isEqualTo("Sophie Garnier");
            directorate.assertAccessible();
        }

        try (Browser pole = new Browser(base)) {
            pole.signIn(DemoAccounts.POLE);
            pole.open(candidatePath);
            pole.assertAccessible();
            for (String criterion : new String[] {"highStakes", "support", "levers", "resources"}) {
                pole.choose(By.id("feasibility:" + criterion + ":0"));
                assertThat(pole.driver().findElement(By.id("feasibility:" + criterion + ":0")).isSelected()).isTrue();
            }
            new Select(pole.driver().findElement(By.id("feasibility:opinion"))).selectByVisibleText("Faisable");
            pole.clickAndWaitForNextPage(By.id("feasibility:record"));

            assertThat(pole.text(By.cssSelector(".message-info"))).isEqualTo("Étude de faisabilité enregistrée.");
            assertThat(pole.text(By.id("status"))).isEqualTo("Étudié");
        }

        try (Browser elected = new Browser(base)) {
            elected.signIn(DemoAccounts.ELECTED);
            elected.open(candidatePath);
            assertThat(elected.text(By.id("opinionResult"))).isEqualTo("Faisable");
            elected.assertAccessible();
            new Select(elected.driver().findElement(By.id("arbitration:decision"))).selectByVisibleText("Retenu");
            elected.driver().findElement(By.id("arbitration:reason")).sendKeys("Projet attendu par les habitants");
            elected.clickAndWaitForNextPage(By.id("arbitration:decide"));
            assertThat(elected.text(By.id("decisionResult"))).isEqualTo("Retenu — Projet attendu par les habitants (Sophie Garnier)");

            elected.open("/dialogue/programme.xhtml?id=" + programmeId);
            assertThat(elected.text(By.id("retained"))).startsWith("1 / 1–2");
            elected.shown(By.id("validation:askValidate")).click();
            assertThat(elected.text(By.id("confirmValidationHeading"))).isEqualTo("Valider le programme " + programme.getInt("year") + " ?");
            assertThat(elected.text(By.id("retainedTitles"))).isEqualTo("Bibliothèque de demain");
            assertThat(elected.text(By.id("validationWarnings"))).as("the window is still open")
                    .startsWith("Les dépôts sont ouverts jusqu'au ").endsWith(" : aucun projet ne pourra plus être déposé.");
            elected.waitForFocus("validation:confirmValidation");
            elected.assertAccessible();
            elected.clickAndWaitForNextPage(By.id("validation:validate"));

            assertThat(elected.text(By.id("status"))).isEqualTo("Validé");
            assertThat(elected.text(By.cssSelector(".message-info"))).startsWith("Programme " + programme.getInt("year") + " validé");
            assertThat(elected.driver().findElements(By.id("validation:askValidate"))).isEmpty();
            elected.assertAccessible();
        }
    }

    @Test
    void the_pole_opens_a_programme_from_the_programmes_page() {
        int year = DialogueApi.newYear();
        try (Browser pole = new Browser(base)) {
            pole.signIn(DemoAccounts.POLE);
            pole.open("/dialogue/programmes.xhtml");
            assertThat(pole.heading()).isEqualTo("Programmes de dialogue citoyen");
            pole.assertAccessible();

            pole.driver().findElement(By.id("openProgramme:year")).clear();
            pole.driver().findElement(By.id("openProgramme:year")).sendKeys(String.valueOf(year));
            // Chrome's native date fields ignore typed keys unreliably when headless: set them as a date picker does
            pole.fillDate("openProgramme:opens", "2030-01-01");
            pole.fillDate("openProgramme:closes", "2030-03-31");
            pole.driver().findElement(By.id("openProgramme:open")).click();

            assertThat(pole.text(By.cssSelector(".message-info"))).isEqualTo("Programme " + year + " ouvert.");
            assertThat(pole.text(By.id("programmes:table"))).contains("Programme " + year);
            pole.assertAccessible();
        }
    }
}
