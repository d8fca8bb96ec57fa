package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * After each action of a record's page the address still names the record, and reloading it shows the page as the
 * action left it, nothing posted twice and the action's message not shown again: the workshop's steering (describe,
 * seat, move on, write the synthesis), the evaluation's (move on, appoint the committee), a project's lessons saved in
 * place, and a recommendation answered and published from a filtered list (the filters stay in the address). The
 * reference document's actions are reloaded in DocumentJourneyIT.
 */
class ReloadAfterActionsIT extends DeployedFabrique {

    /** After an action: the same address, its message once; reloaded: the same page, the message gone. */
    private static void reloads(Browser browser, String address, String heading, String message) {
        browser.waitForInfo(message);
        assertThat(browser.path()).as("after « %s » the address names the record", message).isEqualTo(address);
        browser.reload();
        assertThat(browser.path()).isEqualTo(address);
        assertThat(browser.heading()).isEqualTo(heading);
        assertThat(browser.driver().findElements(By.cssSelector(".message-info")))
                .as("reloaded after « %s », nothing is posted again", message).isEmpty();
    }

    @Test
    void each_action_of_the_workshop_steering_leaves_an_address_that_reloads() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop();
        String address = "/prospective/workshop.xhtml?id=" + workshop;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open(address);
            String heading = browser.heading();

            browser.driver().findElement(By.id("describe:committee")).sendKeys("Comité de pilotage du CCAS");
            browser.clickAndWaitForNextPage(By.id("describe:describeButton"));
            reloads(browser, address, heading, "Description de l'atelier enregistrée.");
            assertThat(browser.driver().findElement(By.id("describe:committee")).getDomProperty("value"))
                    .isEqualTo("Comité de pilotage du CCAS");

            String group = browser.text(By.id("group"));
            String seated = browser.pick("seat:person", List.of("an", "ar", "er", "ma", "ou"), name -> !group.contains(name));
            new Select(browser.driver().findElement(By.id("seat:category"))).selectByValue("CIVIL_SOCIETY");
            browser.clickAndWaitForNextPage(By.id("seat:seatButton"));
            reloads(browser, address, heading, "Membre ajouté au groupe.");
            assertThat(browser.text(By.id("group"))).contains(seated);

            browser.driver().findElement(By.id("advance:askAdvance")).click();
            browser.shown(By.id("advance:confirmAdvance"));
            browser.clickAndWaitForNextPage(By.id("advance:advanceButton"));
            reloads(browser, address, heading, "L'atelier passe à l'étape suivante.");
            assertThat(browser.text(By.id("status"))).isEqualTo("Séquence exploratoire");

            browser.driver().findElement(By.id("synthesisForm:synthesisText")).sendKeys("Le groupe s'est réuni une fois.");
            browser.clickAndWaitForNextPage(By.id("synthesisForm:saveSynthesis"));
            reloads(browser, address, heading, "Note de synthèse enregistrée");
            assertThat(browser.driver().findElement(By.id("synthesisForm:synthesisText")).getDomProperty("value"))
                    .isEqualTo("Le groupe s'est réuni une fois.");
        }
    }

    @Test
    void each_action_of_the_evaluation_steering_leaves_an_address_that_reloads() {
        long evaluation = new EvaluationApi(api()).frame();
        String address = "/evaluation/evaluation.xhtml?id=" + evaluation;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open(address);
            String heading = browser.heading();

            browser.clickAndWaitForNextPage(By.id("advance:advanceButton"));
            reloads(browser, address, heading, "L'évaluation passe à l'étape « Collecte des données ».");

            new Select(browser.driver().findElement(By.id("committeeForm:steeringCommittee"))).selectByIndex(0);
            browser.clickAndWaitForNextPage(By.id("committeeForm:committeeButton"));
            reloads(browser, address, heading, "Comité de pilotage enregistré.");
        }
    }

    @Test
    void lessons_saved_in_place_are_there_when_the_project_is_reloaded() {
        long project = new DialogueApi(api()).pooledProject().getJsonNumber("id").longValue();
        String address = "/dialogue/project.xhtml?id=" + project;
        String lessons = "Un panel tiré au sort répond mieux qu'une réunion publique. " + System.nanoTime();

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open(address);
            String heading = browser.heading();
            browser.driver().findElement(By.id("lessonsForm:lessons")).clear();
            browser.driver().findElement(By.id("lessonsForm:lessons")).sendKeys(lessons);
            browser.driver().findElement(By.id("lessonsForm:saveLessons")).click();
            reloads(browser, address, heading, "Enseignements enregistrés.");
            assertThat(browser.driver().findElement(By.id("lessonsForm:lessons")).getDomProperty("value")).isEqualTo(lessons);
        }
    }

    @Test
    void a_recommendation_answered_then_published_from_a_filtered_list_keeps_the_list_and_its_filters() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        String text = "Des bancs le long du mail " + System.nanoTime();
        HttpResponse<String> recorded = api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":"
                        + dialogue.directorateOf(DemoAccounts.DIRECTORATE) + "}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String address = "/dialogue/recommendations.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        By row = By.xpath("//tr[td[contains(normalize-space(.), \"" + text + "\")]]");

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open(address);
            String heading = browser.heading();
            browser.shown(Browser.rowButton(text, "respond")).click();
            new Select(browser.shown(By.cssSelector("[id$=':answerPosition']"))).selectByVisibleText("Retenue");
            browser.shown(By.cssSelector("[id$=':answerText']")).sendKeys("Dix bancs au printemps.");
            browser.shown(By.cssSelector("[id$=':saveAnswer']")).click();
            reloads(browser, address, heading, "Réponse enregistrée.");
            assertThat(browser.driver().findElement(By.id("q")).getDomProperty("value")).as("the filter stays").isEqualTo(text);
            assertThat(browser.text(row)).contains("Retenue");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open(address);
            String heading = browser.heading();
            browser.shown(Browser.rowButton(text, "askPublish")).click();
            browser.shown(By.cssSelector("[id$=':publication'] button[id$=':publish']")).click();
            reloads(browser, address, heading, "Réponse publiée");
            assertThat(browser.text(row)).contains("Publiée");
        }
    }
}
