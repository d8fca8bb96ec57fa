package org.fabrique.web.browser.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A commission followed in the browser: the pôle commissions an evaluation from a workshop's chapter 5,
 * follows the link to the evaluation it created (in framing, saying where it comes from), and back to the
 * workshop's document; a candidate project commissioned for a directorate shows its origin on its page.
 */
class CommissionJourneyIT extends DeployedFabrique {

    private static final By COMMISSIONS = By.cssSelector("#commissionTable tbody tr");


    private static void commission(Browser browser, String kind, String title, String directorate) {
        new Select(browser.driver().findElement(By.id("commission:kind"))).selectByValue(kind);
        if (directorate != null) {
            new Select(browser.driver().findElement(By.id("commission:directorateId"))).selectByVisibleText(directorate);
        }
        browser.driver().findElement(By.id("commission:title")).sendKeys(title);
        browser.driver().findElement(By.id("commission:brief")).sendKeys("Mesurer les effets à trois ans.");
        browser.driver().findElement(By.id("commission:commissionButton")).click();
    }

    @Test
    void the_pole_commissions_an_evaluation_from_chapter_5_and_follows_it_there_and_back() {
        long workshop = new ProspectiveApi(api()).workshopWithVersion();
        String document = "/prospective/document.xhtml?workshop=" + workshop;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open(document);
            assertThat(browser.text(By.id("commissionsHeading"))).isEqualTo("Travaux commandés (chapitre 5)");
            assertThat(browser.text(By.id("commissions"))).contains("Aucune commande pour l'instant.");
            browser.assertAccessible();

            commission(browser, "EVALUATION", " ", null);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".message-error")).stream()
                            .anyMatch(e -> e.getText().contains("L'intitulé de la commande est obligatoire.")));
            assertThat(browser.driver().findElements(By.cssSelector("#commissionTable a.commission-target"))).isEmpty();

            browser.driver().findElement(By.id("commission:title")).clear();
            commission(browser, "EVALUATION", "Évaluer le guichet unique", null);
            browser.waitForInfo("L'évaluation « Évaluer le guichet unique » est créée, en cadrage.");
            assertThat(browser.text(COMMISSIONS)).contains("Évaluation").contains("Évaluer le guichet unique");
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.cssSelector("#commissionTable a.commission-target"));
            assertThat(browser.path()).startsWith("/evaluation/evaluation.xhtml");
            assertThat(browser.heading()).contains("Évaluer le guichet unique");
            String page = browser.text(By.tagName("main"));
            assertThat(page).contains("Cadrage").contains("Atelier prospectif « Atelier d'essai », chapitre 5 du référentiel");

            browser.clickAndWaitForNextPage(By.linkText("Atelier prospectif « Atelier d'essai », chapitre 5 du référentiel"));
            assertThat(browser.path()).startsWith(document);
            assertThat(browser.text(COMMISSIONS)).contains("Évaluer le guichet unique");
        }
    }

    @Test
    void a_commissioned_candidate_project_shows_its_origin_to_its_directorate() {
        long workshop = new ProspectiveApi(api()).workshopWithVersion();

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/document.xhtml?workshop=" + workshop);
            commission(browser, "CANDIDATE_PROJECT", "Un panel citoyen sur l'isolement", "Direction de la culture");
            browser.waitForInfo("Le projet « Un panel citoyen sur l'isolement » est créé en brouillon");
            assertThat(browser.text(COMMISSIONS)).contains("Projet de dialogue citoyen").contains("Direction de la culture");
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/prospective/document.xhtml?workshop=" + workshop);
            assertThat(browser.driver().findElements(By.id("commission"))).as("only the pôle commissions").isEmpty();
            browser.clickAndWaitForNextPage(By.cssSelector("#commissionTable a.commission-target"));
            assertThat(browser.path()).startsWith("/dialogue/candidate.xhtml");
            assertThat(browser.heading()).isEqualTo("Un panel citoyen sur l'isolement");
            assertThat(browser.text(By.id("status"))).isEqualTo("Brouillon");
            assertThat(browser.text(By.id("commissionedBy")))
                    .isEqualTo("Atelier prospectif « Atelier d'essai », chapitre 5 du référentiel");
            browser.assertAccessible();
        }
    }
}
