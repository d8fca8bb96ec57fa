package org.fabrique.web.browser.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The history of a candidate on its page: who changed what, newest first, readable and accessible. */
class CandidateHistoryIT extends DeployedFabrique {

    @Test
    void the_candidate_page_shows_who_submitted_studied_and_decided() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long candidate = dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        assertThat(dialogue.submit(candidate, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        assertThat(dialogue.feasibility(candidate, DemoAccounts.POLE, "FEASIBLE").statusCode()).isEqualTo(200);

        try (Browser elected = new Browser(base)) {
            elected.signIn(DemoAccounts.ELECTED);
            elected.open("/dialogue/candidate.xhtml?id=" + candidate);
            String before = elected.text(By.id("history:timeline"));
            assertThat(before).contains("Claire Morel")
                    .contains("Statut : Déposé → Étudié").contains("Avis de faisabilité : — → Faisable")
                    .contains("Julien Roux").contains("Statut : Brouillon → Déposé");
            assertThat(before.indexOf("Claire Morel")).isLessThan(before.indexOf("Julien Roux"));
            elected.assertAccessible();

            new Select(elected.driver().findElement(By.id("arbitration:decision"))).selectByVisibleText("Retenu");
            elected.driver().findElement(By.id("arbitration:reason")).sendKeys("Attendu par le quartier");
            elected.clickAndWaitForNextPage(By.id("arbitration:decide"));
            elected.waitForInfo("Décision enregistrée");

            String after = elected.text(By.id("history:timeline"));
            assertThat(after).contains("Sophie Garnier").contains("Statut : Étudié → Arbitré")
                    .contains("Décision d'arbitrage : — → Retenu")
                    .contains("Motif de la décision : — → Attendu par le quartier");
            assertThat(after.indexOf("Sophie Garnier")).isLessThan(after.indexOf("Claire Morel"));
            elected.assertAccessible();
        }
    }
}
