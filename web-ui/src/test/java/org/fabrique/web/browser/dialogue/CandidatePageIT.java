package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fabrique.dialogue.domain.Arbitration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A candidate's page shows each caller exactly what the service says they may do now: the directorate submits while
 * the programme takes submissions, the pôle studies, the elected officials decide; a refused decision is a message
 * beside its field, never the error page.
 */
class CandidatePageIT extends DeployedFabrique {

    private static final String METHODS = "Atelier de co-construction, Design de service";

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    private boolean shown(Browser browser, String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /**
     * Whether the component shows within a few seconds: once in a while, the page the browser was asked for is
     * still on its way when the test looks (the next look found it, whole, in an earlier failure).
     */
    private boolean shownSoon(Browser browser, String id) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id(id)).isEmpty());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    @Test
    void each_caller_is_offered_what_it_may_do_now_and_a_blank_reason_is_a_message() {
        long programme = dialogue().sharedProgrammeAcceptingToday();
        long candidate = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        String page = "/dialogue/candidate.xhtml?id=" + candidate;
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open(page);
            assertThat(shownSoon(browser, "candidate:submit")).as("a draft in the window: %s", browser.pageText()).isTrue();
            assertThat(shown(browser, "submissionClosed")).isFalse();
            browser.clickAndWaitForNextPage(By.id("candidate:submit"));
            browser.waitForInfo("Projet candidat déposé.");
            assertThat(browser.path()).as("the address still names the candidate").isEqualTo(page);
            browser.reload();
            assertThat(browser.heading()).as("reloading shows it again, nothing posted twice").isEqualTo("Nouvelle mairie de quartier");
            assertThat(browser.driver().findElements(By.cssSelector(".message-info"))).as("the message was for once").isEmpty();
            browser.chooseLanguage("en");
            try {
                assertThat(browser.path()).as("the language switch keeps the address").isEqualTo(page);
            } finally {
                browser.chooseLanguage("fr");
            }
            assertThat(shown(browser, "candidate:submit")).isFalse();
            assertThat(shown(browser, "feasibility")).as("the pôle's form").isFalse();
            assertThat(browser.text(By.id("methods"))).as("every field entered shows").isEqualTo(METHODS);
            assertThat(browser.text(By.id("budget")).replaceAll("\\D", "")).isEqualTo("25000");
            assertThat(browser.text(By.id("budget"))).endsWith("€");
            browser.signOut();

            browser.signIn(DemoAccounts.ELECTED);
            browser.open(page);
            assertThat(shown(browser, "arbitration")).as("nothing to decide before the study").isFalse();
            browser.signOut();

            assertThat(dialogue().feasibility(candidate, DemoAccounts.POLE, "FEASIBLE").statusCode()).isEqualTo(200);
            browser.signIn(DemoAccounts.ELECTED);
            browser.open(page);
            new Select(browser.driver().findElement(By.id("arbitration:decision"))).selectByVisibleText("Retenu");
            browser.driver().findElement(By.id("arbitration:reason")).sendKeys("   ");
            assertThat(browser.driver().findElement(By.id("arbitration:reason")).getDomAttribute("maxlength"))
                    .as("the field takes what an arbitration keeps").isEqualTo(String.valueOf(Arbitration.REASON_MAX_LENGTH));
            browser.clickAndWaitForNextPage(By.id("arbitration:decide"));

            assertThat(browser.heading()).isEqualTo("Nouvelle mairie de quartier");
            assertThat(browser.text(By.cssSelector("#arbitration .ui-message-error"))).isEqualTo("La décision doit être motivée.");
            browser.assertAccessible();
        }
        assertThat(JsonBodies.object(api().get("api/candidates/" + candidate, DemoAccounts.POLE).body()).getString("status"))
                .as("nothing decided").isEqualTo("STUDIED");
    }

    @Test
    void a_draft_outside_the_window_is_saved_not_submitted_and_the_page_says_why() {
        long closed = dialogue().openProgramme(DialogueApi.today().minusDays(60), DialogueApi.today().minusDays(1), 1, 2)
                .getJsonNumber("id").longValue();
        long candidate = dialogue().draftComplete(closed, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/candidate.xhtml?id=" + candidate);
            assertThat(shownSoon(browser, "candidate:save")).as(browser.pageText()).isTrue();
            assertThat(shown(browser, "candidate:submit")).isFalse();
            assertThat(browser.text(By.id("submissionClosed")))
                    .isEqualTo("Le programme ne reçoit pas de dépôt aujourd'hui : ce brouillon peut être enregistré, pas déposé.");
            browser.assertAccessible();
            assertThat(browser.text(By.cssSelector("nav.breadcrumbs"))).as("where the page sits")
                    .startsWith("Dialogue citoyen").contains("Son programme").endsWith("Nouvelle mairie de quartier");
            browser.clickAndWaitForNextPage(By.id("programmeLink"));
            assertThat(browser.path()).isEqualTo("/dialogue/programme.xhtml?id=" + closed);
        }
    }
}
