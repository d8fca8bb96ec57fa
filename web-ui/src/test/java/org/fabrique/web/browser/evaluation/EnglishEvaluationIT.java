package org.fabrique.web.browser.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The evaluations' pages in English, for a pôle member who chose English: the list and an evaluation. */
class EnglishEvaluationIT extends DeployedFabrique {

    @Test
    void the_evaluations_read_in_english() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        evaluations.question(id);
        evaluations.recommendation(id);
        try (Browser browser = new Browser(base)) {
            browser.signIn(TestAccounts.poleMember(api(), "englisheval"), TestAccounts.PASSWORD);
            browser.chooseLanguage("en");

            browser.open("/evaluation/evaluations.xhtml");
            assertThat(browser.heading()).isEqualTo("Evaluations");
            assertThat(browser.menu()).contains("Evaluations");
            assertThat(browser.text(By.id("frameHeading"))).isEqualTo("Frame an evaluation");
            assertThat(browser.text(By.id("evaluations:table"))).contains("Framing", "Mid-term");
            browser.assertAccessible();

            browser.open("/evaluation/evaluation.xhtml?id=" + id);
            assertThat(browser.text(By.id("status"))).isEqualTo("Framing");
            assertThat(browser.text(By.id("object"))).startsWith("Method");
            assertThat(browser.text(By.id("evaluators"))).isEqualTo("Internal (the pôle) — Pôle évaluation");
            assertThat(browser.text(By.id("participatory"))).isEqualTo("Yes");
            assertThat(browser.text(By.id("summaryHeading"))).isEqualTo("What comes out of it");
            assertThat(browser.text(By.id("questionsHeading"))).isEqualTo("Evaluative questions");
            assertThat(browser.text(By.id("questions"))).contains("Effectiveness", "Impact", "no finding yet.");
            assertThat(browser.text(By.id("voicesHeading"))).isEqualTo("What the interviews say");
            assertThat(browser.text(By.id("recommendationsHeading"))).isEqualTo("And next");
            assertThat(browser.text(By.id("recommendationList"))).contains("Planned");
            assertThat(browser.text(By.id("advance:advanceButton"))).isEqualTo("Move on to \"Data collection\"");
            browser.assertAccessible();
        }
    }
}
