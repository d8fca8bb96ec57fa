package org.fabrique.web.browser.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On an evaluation's indicators page, the pôle corrects an indicator where it is shown and deletes one defined by
 * mistake after confirming; one with a measured value offers no deletion; a directorate is offered neither.
 */
class IndicatorCorrectionPageIT extends DeployedFabrique {

    private static By button(long indicator, String id) {
        return By.cssSelector("#indicator-" + indicator + " button[id$=':" + id + "']");
    }

    @Test
    void the_pole_corrects_an_indicator_and_deletes_one_defined_by_mistake() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long evaluation = evaluations.frame();
        long measured = evaluations.indicator(evaluation);
        assertThat(evaluations.measure(measured, "2025-03-31", "42").statusCode()).isEqualTo(201);
        long mistaken = evaluations.indicator(evaluation);
        String page = "/evaluation/indicators.xhtml?evaluation=" + evaluation;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open(page);
            assertThat(browser.driver().findElements(By.cssSelector("button[id$=':askCorrectIndicator'],"
                    + "button[id$=':askDeleteIndicator']"))).as("only the pôle corrects").isEmpty();
            browser.signOut();

            browser.signIn(DemoAccounts.POLE);
            browser.open(page);
            assertThat(browser.driver().findElements(button(measured, "askDeleteIndicator")))
                    .as("a value is measured").isEmpty();

            browser.shown(button(measured, "askCorrectIndicator")).click();
            WebElement panel = browser.shown(By.cssSelector("[id$=':indicatorCorrection']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.focusedId().endsWith(":name"));
            assertThat(browser.inViewport(panel.findElement(By.cssSelector("input[id$=':name']"))))
                    .as("the form opens where the indicator is, its first field focused").isTrue();
            browser.assertAccessible();
            panel.findElement(By.cssSelector("input[id$=':unit']")).clear();
            panel.findElement(By.cssSelector("button[id$=':saveIndicator']")).click();
            browser.waitForMessage("[id$=':indicatorCorrection']", "L'unité de l'indicateur est obligatoire.");

            browser.shown(By.cssSelector("[id$=':indicatorCorrection'] input[id$=':unit']")).sendKeys("séances");
            WebElement name = browser.shown(By.cssSelector("[id$=':indicatorCorrection'] input[id$=':name']"));
            name.clear();
            name.sendKeys("Séances tenues " + evaluation);
            WebElement target = browser.shown(By.cssSelector("[id$=':indicatorCorrection'] input[id$=':target']"));
            target.clear();
            target.sendKeys("12.5");
            WebElement source = browser.shown(By.cssSelector("[id$=':indicatorCorrection'] input[id$=':source']"));
            source.clear();
            source.sendKeys("Registre des séances");
            browser.shown(By.cssSelector("[id$=':indicatorCorrection'] button[id$=':saveIndicator']")).click();
            browser.waitForInfo("Indicateur « Séances tenues " + evaluation + " » corrigé.");
            assertThat(browser.text(By.id("indicator-" + measured + "-heading"))).contains("Séances tenues " + evaluation,
                    "séances");
            assertThat(browser.path()).isEqualTo(page);
            assertThat(browser.text(By.id("target-" + measured))).isEqualTo("12,5");

            browser.shown(button(mistaken, "askDeleteIndicator")).click();
            WebElement confirm = browser.shown(By.cssSelector("[id$=':indicatorDeletion']"));
            browser.waitForFocus(":indicatorDeletion");
            assertThat(browser.inViewport(confirm)).as("the confirmation opens under its indicator, in view").isTrue();
            assertThat(confirm.getText()).contains("Supprimer l'indicateur « ");
            browser.assertAccessible();
            confirm.findElement(By.cssSelector("button[id$=':deleteIndicator']")).click();
            browser.waitForMessage(".message-info", "supprimé.");
            assertThat(browser.driver().findElements(By.id("indicator-" + mistaken))).isEmpty();
            assertThat(browser.driver().findElements(By.id("indicator-" + measured))).hasSize(1);

            browser.open("/evaluation/evaluation.xhtml?id=" + evaluation);
            assertThat(browser.text(By.id("history:timeline"))).as("the correction in the evaluation's history, as written")
                    .contains("Cible : 80 → 12,5", "Source : Feuilles d'émargement → Registre des séances");
        }
    }
}
