package org.fabrique.web.browser.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exploratory sequence in the browser: the pôle records the group's issues with their markers, ranks
 * them, is told clearly that 5 to 10 are needed to close the sequence, adds a benchmark; anyone then
 * reads the issue in the cross-reading by marker.
 */
class IssuesPageIT extends DeployedFabrique {

    @Test
    void the_pole_records_and_ranks_issues_and_anyone_reads_them_by_marker() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        JsonObject workshop = prospective.workshop(prospective.newCycle());
        long id = workshop.getJsonNumber("id").longValue();
        assertThat(api().post("api/workshops/" + id + "/progress", DemoAccounts.POLE, ProspectiveApi.JSON,
                "{\"version\":" + workshop.getJsonNumber("version") + "}").statusCode()).isEqualTo(200);
        String title = "Habiter la ville à tout âge " + id;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/workshop.xhtml?id=" + id);
            browser.driver().findElement(By.id("recordIssue:title")).sendKeys(title);
            browser.choose(By.cssSelector("#recordIssue\\:markers input[value='SOCIAL_TIES']"));
            browser.driver().findElement(By.id("recordIssue:tension")).sendKeys("Rayonnement et proximité");
            browser.driver().findElement(By.id("recordIssue:recordIssueButton")).click();
            browser.waitForMessage(".message-info", "Enjeu ajouté.");
            assertThat(browser.text(By.id("issueList"))).contains(title, "Lien social", "Rayonnement et proximité");

            browser.driver().findElement(By.id("issues:list:0:rank")).sendKeys("1");
            browser.driver().findElement(By.id("issues:saveRanking")).click();
            browser.waitForMessage(".message-info", "Classement enregistré : un enjeu classé.");
            assertThat(browser.text(By.id("issueList"))).contains("1. " + title);

            browser.driver().findElement(By.id("advance:askAdvance")).click();
            assertThat(browser.shown(By.id("advance:confirmAdvance")).getText())
                    .contains("L'atelier quitte l'étape « Séquence exploratoire » pour l'étape « Séquence ressource »");
            browser.waitForFocus("advance:confirmAdvance");
            assertThat(browser.text(By.id("status"))).as("nothing done yet").isEqualTo("Séquence exploratoire");
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.id("advance:advanceButton"));
            browser.waitForMessage(".message-error", "Le groupe fixe et classe de 5 à 10 enjeux avant de clore la séquence exploratoire.");
            assertThat(browser.text(By.id("status"))).isEqualTo("Séquence exploratoire");

            new Select(browser.driver().findElement(By.id("addResource:type"))).selectByVisibleText("Parangonnage");
            browser.driver().findElement(By.id("addResource:resourceTitle")).sendKeys("Résidences intergénérationnelles");
            browser.driver().findElement(By.id("addResource:source")).sendKeys("Ville de Rennes");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].value = '2013-05-14';", browser.driver().findElement(By.id("addResource:date")));
            browser.choose(By.cssSelector("#addResource\\:informed input"));
            browser.driver().findElement(By.id("addResource:addResourceButton")).click();
            browser.waitForMessage(".message-info", "Ressource ajoutée.");
            assertThat(browser.text(By.id("resources:table"))).contains("Parangonnage", "Ville de Rennes", title,
                    "14 mai 2013");
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE_2);
            browser.open("/prospective/markers.xhtml?marker=SOCIAL_TIES");
            assertThat(browser.heading()).isEqualTo("Lecture transversale des ateliers");
            assertThat(browser.text(By.id("issues:table"))).contains(title, "Rayonnement et proximité");
            browser.assertAccessible();
            browser.open("/prospective/workshop.xhtml?id=" + id);
            assertThat(browser.text(By.id("issueList"))).contains(title);
            assertThat(browser.driver().findElements(By.id("recordIssue"))).isEmpty();
            browser.assertAccessible();
        }
        assertThat(JsonBodies.object(api().get("api/workshops/" + id, DemoAccounts.POLE).body()).getString("status"))
                .isEqualTo("EXPLORATORY");
    }

    @Test
    void the_pole_reads_markers_in_an_adopted_recommendation_and_the_cross_reading_shows_it() {
        long id = new ProspectiveApi(api()).workshopWithVersion();
        long version = JsonBodies.object(api().get("api/workshops/" + id + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        assertThat(api().post("api/workshops/" + id + "/document/adoption", DemoAccounts.ELECTED, ProspectiveApi.JSON,
                "{\"version\":" + version + "}").statusCode()).isEqualTo(200);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/workshop.xhtml?id=" + id);
            assertThat(browser.text(By.id("adopted"))).contains("Un guichet unique en mairie", "Des visites de convivialité");
            new Select(browser.driver().findElement(By.id("tagRecommendation:recommendation")))
                    .selectByVisibleText("Des visites de convivialité");
            // choosing a recommendation fills the form with its reading (Ajax): wait for it before ticking
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
            browser.choose(By.cssSelector("#tagRecommendation\\:markers input[value='CITIZEN_PARTICIPATION']"));
            browser.driver().findElement(By.id("tagRecommendation:tension")).sendKeys("Bénévolat et professionnalisation " + id);
            browser.driver().findElement(By.id("tagRecommendation:tagButton")).click();
            browser.waitForMessage(".message-info", "Marqueurs de la préconisation enregistrés.");
            assertThat(browser.text(By.id("adopted"))).contains("Participation citoyenne");
            browser.assertAccessible();

            browser.open("/prospective/markers.xhtml?marker=CITIZEN_PARTICIPATION");
            assertThat(browser.text(By.id("recommendationsHeading"))).isEqualTo("Préconisations adoptées");
            browser.assertAccessible();
        }
        assertThat(api().get("api/markers/CITIZEN_PARTICIPATION/recommendations?size=500", DemoAccounts.DIRECTORATE_2).body())
                .contains("Bénévolat et professionnalisation " + id);
    }
}
