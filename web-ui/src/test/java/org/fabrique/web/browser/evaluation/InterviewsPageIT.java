package org.fabrique.web.browser.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An evaluation's interviews in the browser: the pôle records an interview of a named director and two of
 * its quotes, tagged to themes and a question; the steering committee reads the quotes attributed by
 * category and never the name; anyone else gets the 403 page; a blank quote is refused.
 */
class InterviewsPageIT extends DeployedFabrique {

    private static final String NAME = "Jeanne Testeur";
    private static final String FIRST = "Ça a permis d'identifier des axes sur lesquels l'action collective allait porter.";
    private static final String SECOND = "On discutait tous ensemble, au lieu de construire chacun sa politique dans son coin.";

    private static void quote(Browser browser, String text, String themes) {
        WebElement area = browser.driver().findElement(By.id("addQuote:text"));
        area.clear();
        area.sendKeys(text);
        browser.driver().findElement(By.id("addQuote:themes")).sendKeys(themes);
        browser.choose(By.cssSelector("#addQuote\\:questionIds input"));
        browser.driver().findElement(By.id("addQuote:quoteButton")).click();
        browser.waitForMessage(".message-info", "Citation ajoutée.");
        browser.waitForAjax();
    }

    @Test
    void the_pole_records_quotes_the_committee_reads_them_by_category_and_never_the_name() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        evaluations.question(id);
        evaluations.steering(id, DemoAccounts.ELECTED);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/interviews.xhtml?evaluation=" + id);
            assertThat(browser.heading()).startsWith("Entretiens et citations — Évaluation d'essai");
            assertThat(browser.text(By.id("noInterview"))).isEqualTo("Aucun entretien pour l'instant.");
            browser.assertAccessible();

            new Select(browser.driver().findElement(By.id("recordInterview:category"))).selectByValue("DIRECTOR");
            browser.driver().findElement(By.id("recordInterview:intervieweeName")).sendKeys(NAME);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('recordInterview:interviewedOn').value = '2013-10-08';");
            browser.driver().findElement(By.id("recordInterview:interviewer")).sendKeys("François Ferrere");
            browser.driver().findElement(By.id("recordInterview:notes")).sendKeys("Entretien semi-directif.");
            browser.driver().findElement(By.id("recordInterview:recordButton")).click();
            browser.waitForMessage(".message-info", "Entretien enregistré.");
            browser.waitForAjax();
            assertThat(browser.text(By.id("interviewList"))).contains("Directeur — entretien du 8 octobre 2013", NAME,
                    "François Ferrere");

            quote(browser, FIRST, "sens de l'action, décloisonnement");
            quote(browser, SECOND, "décloisonnement");
            String list = browser.text(By.id("interviewList"));
            assertThat(list).contains(FIRST, SECOND, "— Directeur", "sens de l'action", "décloisonnement (2)",
                    "1. Les ateliers ont-ils éclairé les décisions des élus ? (Efficacité, Impact)");
            assertThat(browser.driver().findElements(By.cssSelector("figure.quote blockquote")))
                    .extracting(WebElement::getText).containsExactly(FIRST, SECOND);
            browser.assertAccessible();

            WebElement area = browser.driver().findElement(By.id("addQuote:text"));
            area.sendKeys("   ");
            browser.driver().findElement(By.id("addQuote:quoteButton")).click();
            browser.waitForMessage(".ui-message-error", "Le texte de la citation est obligatoire.");
            browser.waitForAjax();
            assertThat(browser.driver().findElements(By.cssSelector("figure.quote"))).hasSize(2);
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.linkText("décloisonnement (2)"));
            assertThat(browser.text(By.id("themeHeading"))).isEqualTo("Thème « décloisonnement »");
            assertThat(browser.text(By.id("themeQuotes:table"))).contains(FIRST, SECOND, "— Directeur");
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/evaluation/interviews.xhtml?evaluation=" + id);
            assertThat(browser.text(By.id("interviewList"))).contains(FIRST, SECOND, "— Directeur", "François Ferrere");
            assertThat(browser.driver().getPageSource()).doesNotContain(NAME);
            assertThat(browser.driver().findElements(By.id("recordInterview"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("addQuote"))).isEmpty();
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED_2);
            browser.open("/evaluation/interviews.xhtml?evaluation=" + id);
            assertThat(browser.heading()).isEqualTo("Une erreur est survenue");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Votre rôle ne vous permet pas d'accéder à cette page.");
            assertThat(browser.driver().getPageSource()).doesNotContain(FIRST);
            browser.open("/evaluation/interviews.xhtml?evaluation=999999999");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
        }
    }
}
