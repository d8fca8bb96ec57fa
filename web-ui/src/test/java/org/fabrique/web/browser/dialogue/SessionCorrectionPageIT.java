package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a dialogue project's page, the pôle corrects a session under its row and deletes one recorded by mistake after
 * confirming; a session some recommendation came from offers no deletion, and a directorate is offered neither.
 */
class SessionCorrectionPageIT extends DeployedFabrique {

    private long session(long project, String place) {
        HttpResponse<String> created = api().post("api/projects/" + project + "/sessions", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"date\":\"2026-05-12\",\"place\":\"" + place + "\",\"method\":\"URBAN_WALK\","
                        + "\"group\":\"RESIDENTS\",\"participants\":12}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonBodies.object(created.body()).getJsonNumber("id").longValue();
    }

    @Test
    void the_pole_corrects_a_session_and_deletes_one_recorded_by_mistake() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        String stamp = String.valueOf(System.nanoTime());
        String kept = "Parc des Oblates " + stamp;
        String mistaken = "Salle en double " + stamp;
        long keptId = session(project, kept);
        session(project, mistaken);
        HttpResponse<String> recommended = api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"Des bancs au parc\",\"directorateId\":"
                        + dialogue.directorateOf(DemoAccounts.DIRECTORATE) + ",\"sessionId\":" + keptId + "}");
        assertThat(recommended.statusCode()).as(recommended.body()).isEqualTo(201);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/project.xhtml?id=" + project);
            assertThat(browser.text(By.id("sessions:table"))).contains(kept, mistaken);
            assertThat(browser.driver().findElements(Browser.rowButton(kept, "askCorrectSession"))).isEmpty();
            assertThat(browser.driver().findElements(Browser.rowButton(mistaken, "askDeleteSession"))).isEmpty();
            browser.signOut();

            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/project.xhtml?id=" + project);
            assertThat(browser.driver().findElements(Browser.rowButton(kept, "askDeleteSession")))
                    .as("a recommendation came from it").isEmpty();

            browser.shown(Browser.rowButton(kept, "askCorrectSession")).click();
            WebElement panel = browser.shown(By.cssSelector("[id$=':sessionCorrection']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.focusedId().endsWith(":date"));
            assertThat(browser.inViewport(panel.findElement(By.cssSelector("input[id$=':date']"))))
                    .as("the form opens in view, its first field focused").isTrue();
            browser.assertAccessible();
            WebElement place = panel.findElement(By.cssSelector("input[id$=':place']"));
            place.clear();
            place.sendKeys("Parc des Oblates, kiosque " + stamp);
            panel.findElement(By.cssSelector("input[id$=':participants']")).clear();
            panel.findElement(By.cssSelector("button[id$=':saveSession']")).click();
            browser.waitForMessage("[id$=':sessionCorrection']", "Ce champ est obligatoire.");

            panel = browser.shown(By.cssSelector("[id$=':sessionCorrection']"));
            panel.findElement(By.cssSelector("input[id$=':participants']")).sendKeys("31");
            panel.findElement(By.cssSelector("button[id$=':saveSession']")).click();
            browser.waitForInfo("Rencontre du 12 mai 2026 corrigée.");
            assertThat(browser.text(By.id("sessions:table"))).contains("Parc des Oblates, kiosque " + stamp, "31");
            assertThat(browser.path()).isEqualTo("/dialogue/project.xhtml?id=" + project);

            browser.shown(Browser.rowButton(mistaken, "askDeleteSession")).click();
            WebElement confirm = browser.shown(By.cssSelector("[id$=':sessionDeletion']"));
            browser.waitForFocus(":sessionDeletion");
            assertThat(browser.inViewport(confirm)).as("the confirmation opens under its row, in view").isTrue();
            assertThat(confirm.getText()).contains("Supprimer la rencontre du 12 mai 2026, " + mistaken + " ?");
            browser.assertAccessible();
            confirm.findElement(By.cssSelector("button[id$=':deleteSession']")).click();
            browser.waitForInfo("Rencontre du 12 mai 2026 supprimée.");
            assertThat(browser.text(By.id("sessions:table"))).doesNotContain(mistaken);
            assertThat(browser.text(By.id("history:timeline"))).as("the project's history keeps both")
                    .contains("Rencontre « " + mistaken + " » — suppression", "Participants : 12 → 31");
            browser.assertAccessible();
        }
        assertThat(JsonBodies.object(api().get("api/projects/" + project + "/sessions", DemoAccounts.POLE).body())
                .getInt("total")).isEqualTo(1);
    }
}
