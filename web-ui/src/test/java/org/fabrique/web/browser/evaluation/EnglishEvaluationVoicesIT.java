package org.fabrique.web.browser.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An evaluation's interviews and indicators in English, for a pôle member who chose English. */
class EnglishEvaluationVoicesIT extends DeployedFabrique {

    @Test
    void the_interviews_and_indicators_read_in_english() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        evaluations.question(id);
        long interview = evaluations.interview(id, "DEPUTY_GENERAL_DIRECTOR", "Paul Essai");
        evaluations.quote(interview, "L'objectif c'est bien de faire débat.", "débat");
        long indicator = evaluations.indicator(id);
        assertThat(evaluations.measure(indicator, "2026-03-01", "50").statusCode()).isEqualTo(201);

        try (Browser browser = new Browser(base)) {
            browser.signIn(TestAccounts.poleMember(api(), "englishvoices"), TestAccounts.PASSWORD);
            browser.chooseLanguage("en");

            browser.open("/evaluation/interviews.xhtml?evaluation=" + id);
            assertThat(browser.heading()).startsWith("Interviews and quotes — Évaluation d'essai");
            assertThat(browser.text(By.id("interviewsHeading"))).isEqualTo("Interviews");
            assertThat(browser.text(By.id("interviewList"))).contains("Deputy general director — interview of March 12, 2025",
                    "Interviewee (known to the pôle only)", "Paul Essai", "— Deputy general director", "Themes:", "débat (1)");
            assertThat(browser.text(By.id("recordHeading"))).isEqualTo("Record an interview");
            assertThat(browser.text(By.id("quoteHeading"))).isEqualTo("Add a quote");
            browser.assertAccessible();

            browser.open("/evaluation/indicators.xhtml?evaluation=" + id);
            assertThat(browser.heading()).startsWith("Indicators — Évaluation d'essai");
            assertThat(browser.text(By.id("indicator-" + indicator))).contains("Baseline", "Target", "Latest value",
                    "Progress towards the target", "Target not reached", "Measurements of “Taux de présence des élus”",
                    "March 1, 2026");
            assertThat(browser.text(By.id("progress-" + indicator))).isEqualTo("50%");
            assertThat(browser.driver().findElement(By.cssSelector("#chart-" + indicator + " svg desc"))
                    .getDomProperty("textContent")).isEqualTo("Latest value: 50 % (one measurement). "
                            + "Progress from the baseline towards the target: 50%. Target not reached.");
            assertThat(browser.text(By.id("defineHeading"))).isEqualTo("Define an indicator");
            browser.assertAccessible();
        }
    }
}
