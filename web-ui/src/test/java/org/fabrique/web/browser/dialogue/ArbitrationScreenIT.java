package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The elected officials' screen: decide on each studied candidate and watch the count and spread move. */
class ArbitrationScreenIT extends DeployedFabrique {

    @Test
    void an_elected_official_retains_a_candidate_and_the_count_moves() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue(); // target 1–2
        long candidate = dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        dialogue.submit(candidate, DemoAccounts.DIRECTORATE);
        HttpResponse<String> studied = dialogue.feasibility(candidate, DemoAccounts.POLE, "FEASIBLE_WITH_CONDITIONS");
        assertThat(studied.statusCode()).isEqualTo(200);

        try (Browser elected = new Browser(base)) {
            elected.signIn(DemoAccounts.ELECTED);
            elected.open("/dialogue/arbitration.xhtml?programme=" + programme);
            assertThat(elected.text(By.id("retainedCount"))).contains("Projets retenus : 0").contains("hors de la cible");
            assertThat(elected.text(By.id("arbitration:candidates"))).contains("Nouvelle mairie de quartier")
                    .contains("Faisable sous conditions");
            elected.assertAccessible();

            new Select(elected.driver().findElement(By.id("arbitration:candidates:0:decision"))).selectByVisibleText("Retenu");
            elected.clickAndWaitForNextPage(By.id("arbitration:candidates:0:decide"));
            assertThat(elected.text(By.cssSelector(".message-error"))).startsWith("Motivez la décision");

            elected.driver().findElement(By.id("arbitration:candidates:0:reason")).sendKeys("Attendu par le quartier");
            elected.clickAndWaitForNextPage(By.id("arbitration:candidates:0:decide"));

            assertThat(elected.text(By.cssSelector(".message-info"))).startsWith("Décision enregistrée pour");
            assertThat(elected.text(By.id("retainedCount"))).contains("Projets retenus : 1");
            assertThat(elected.text(By.id("retainedCount"))).contains("dans la cible");
            assertThat(elected.text(By.id("spreadDirectorate"))).contains("Direction de la culture : 1");
            assertThat(elected.text(By.id("spreadScale"))).contains("Ville : 1");
            elected.assertAccessible();
        }
        assertThat(api().get("api/candidates/" + candidate, DemoAccounts.POLE).body()).contains("\"decision\":\"RETAINED\"");
    }
}
