package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The year's pages in English, for a pôle member who chose English: a programme's projects, running one,
 * the recommendations and the catalogue of methods. Its own account, so that no demo account changes
 * language under the other tests.
 */
class EnglishDialogueIT extends DeployedFabrique {

    @Test
    void a_pole_member_runs_a_dialogue_project_in_english() {
        long project = new DialogueApi(api()).pooledProject().getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(TestAccounts.poleMember(api(), "english"), TestAccounts.PASSWORD);
            browser.chooseLanguage("en");
            assertThat(browser.menu()).contains("Citizen dialogue", "Methods", "Recommendations");

            browser.open("/dialogue/project.xhtml?id=" + project);
            assertThat(browser.text(By.id("sessionsHeading"))).isEqualTo("Sessions");
            assertThat(browser.text(By.id("recommendationsHeading"))).isEqualTo("Citizens' recommendations");
            assertThat(browser.text(By.id("lessonsHeading"))).isEqualTo("Lessons learned");
            assertThat(browser.text(By.id("methods"))).contains("Co-construction workshop");
            browser.assertAccessible();

            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('recordSession:date').value = '2026-05-12'");
            browser.driver().findElement(By.id("recordSession:place")).sendKeys("Doulon community hall");
            new Select(browser.driver().findElement(By.id("recordSession:method"))).selectByVisibleText("Citizen panel");
            new Select(browser.driver().findElement(By.id("recordSession:group"))).selectByVisibleText("Mixed");
            browser.driver().findElement(By.id("recordSession:participants")).sendKeys("-3");
            browser.driver().findElement(By.id("recordSession:recordSessionButton")).click();
            assertThat(browser.text(By.cssSelector("#recordSession .ui-message-error")))
                    .isEqualTo("The number of participants is between 0 and 100,000.");

            browser.driver().findElement(By.id("recordSession:participants")).clear();
            browser.driver().findElement(By.id("recordSession:participants")).sendKeys("30");
            browser.driver().findElement(By.id("recordSession:recordSessionButton")).click();
            browser.waitForInfo("Session of May 12, 2026 recorded.");
            assertThat(browser.text(By.id("sessions:table"))).contains("Doulon community hall", "Citizen panel", "Mixed");
            browser.assertAccessible();

            browser.open("/dialogue/recommendations.xhtml");
            assertThat(browser.heading()).isEqualTo("Citizens' recommendations");
            assertThat(browser.text(By.id("dueSoonHeading"))).isEqualTo("Due within 30 days");
            browser.assertAccessible();

            browser.open("/dialogue/methods.xhtml");
            assertThat(browser.heading()).isEqualTo("Catalogue of participation methods");
            assertThat(browser.text(By.id("methods:table"))).contains("Urban walk", "Service design");
            browser.assertAccessible();
        }
    }
}
