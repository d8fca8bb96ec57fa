package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The elected officials' screen: decide on each studied candidate where it is listed, a refusal beside its field and
 * the confirmation beside its button, the other rows keeping what was typed; the count and spread move; the columns
 * sort with the order in the address.
 */
class ArbitrationScreenIT extends DeployedFabrique {

    private static final By ROW_0_DECIDE = By.id("arbitration:candidates:0:decide");

    private long studied(DialogueApi dialogue, long programme, String title) {
        HttpResponse<String> drafted = dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate(title));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long candidate = JsonBodies.object(drafted.body()).getJsonNumber("id").longValue();
        assertThat(dialogue.submit(candidate, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        assertThat(dialogue.feasibility(candidate, DemoAccounts.POLE, "FEASIBLE_WITH_CONDITIONS").statusCode()).isEqualTo(200);
        return candidate;
    }

    @Test
    void an_elected_official_retains_a_candidate_and_the_count_moves() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue(); // target 1–2
        long candidate = studied(dialogue, programme, "Antenne de quartier");
        studied(dialogue, programme, "Verger partagé");

        try (Browser elected = new Browser(base)) {
            elected.signIn(DemoAccounts.ELECTED);
            elected.open("/dialogue/arbitration.xhtml?programme=" + programme);
            assertThat(elected.text(By.id("retainedCount"))).contains("Projets retenus : 0").contains("hors de la cible");
            assertThat(elected.text(By.id("arbitration:candidates"))).contains("Antenne de quartier")
                    .contains("Faisable sous conditions");
            WebElement decision = elected.driver().findElement(By.id("arbitration:candidates:0:decision"));
            assertThat(decision.getSize().getWidth()).as("the decision box shows its longest choice").isGreaterThan(140);
            elected.assertAccessible();

            new Select(decision).selectByVisibleText("Retenu");
            elected.driver().findElement(By.id("arbitration:candidates:1:reason")).sendKeys("Typé, pas encore enregistré");
            elected.driver().findElement(ROW_0_DECIDE).click();
            elected.waitForMessage("[id='arbitration:candidates:0:reason'] ~ .ui-message-error, .ui-message-error",
                    "La décision doit être motivée.");
            assertThat(elected.text(By.id("retainedCount"))).contains("Projets retenus : 0");

            elected.driver().findElement(By.id("arbitration:candidates:0:reason")).sendKeys("Attendu par le quartier");
            elected.driver().findElement(ROW_0_DECIDE).click();
            elected.waitForMessage(".ui-message-info", "Décision enregistrée pour « Antenne de quartier »");
            assertThat(elected.inViewport(elected.shown(By.cssSelector(".ui-message-info")))).isTrue();
            assertThat(elected.text(By.id("retainedCount"))).contains("Projets retenus : 1").contains("dans la cible");
            assertThat(elected.text(By.id("spreadDirectorate"))).contains("Direction de la culture : 1");
            assertThat(elected.text(By.id("spreadScale"))).contains("Ville : 1");
            assertThat(elected.driver().findElement(By.id("arbitration:candidates:1:reason")).getDomProperty("value"))
                    .as("the other row keeps what was typed").isEqualTo("Typé, pas encore enregistré");
            elected.assertAccessible();

            elected.clickAndWaitForNextPage(By.id("arbitration:candidates:sort-title"));
            assertThat(elected.path()).contains("programme=" + programme).contains("sort=title");
            elected.clickAndWaitForNextPage(By.id("arbitration:candidates:sort-title"));
            assertThat(elected.path()).contains("sort=-title");
            assertThat(elected.text(By.id("arbitration:candidates")).indexOf("Verger partagé"))
                    .as("descending by title").isLessThan(elected.text(By.id("arbitration:candidates")).indexOf("Antenne"));
            elected.reload();
            assertThat(elected.text(By.id("arbitration:candidates")).indexOf("Verger partagé"))
                    .as("reloaded, still sorted").isLessThan(elected.text(By.id("arbitration:candidates")).indexOf("Antenne"));
        }
        assertThat(api().get("api/candidates/" + candidate, DemoAccounts.POLE).body()).contains("\"decision\":\"RETAINED\"");
    }
}
