package org.fabrique.web.browser.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An evaluation's history in English, for a pôle member who chose English: the steps and recommendations
 * in English words, newest first, ten a page, the older ones on the next page, accessible on both.
 */
class EnglishHistoryIT extends DeployedFabrique {

    @Test
    void the_evaluation_history_reads_in_english_and_pages() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        for (int i = 0; i < 8; i++) {
            evaluations.recommendation(id);
        }
        evaluations.advance(id);
        evaluations.advance(id);

        try (Browser browser = new Browser(base)) {
            browser.signIn(TestAccounts.poleMember(api(), "englishhistory"), TestAccounts.PASSWORD);
            browser.chooseLanguage("en");
            browser.open("/evaluation/evaluation.xhtml?id=" + id);

            assertThat(browser.text(By.id("historyHeading"))).isEqualTo("History");
            String firstPage = browser.text(By.id("history:timeline"));
            assertThat(firstPage).contains("Date", "By", "Change")
                    .contains("Claire Morel")
                    .contains("Evaluation — changed").contains("Status: Data collection → Analysis")
                    .contains("Status: Framing → Data collection")
                    .contains("Recommendation — created");
            assertThat(firstPage.indexOf("Data collection → Analysis"))
                    .as("newest first").isLessThan(firstPage.indexOf("Framing → Data collection"));
            assertThat(firstPage).doesNotContain("Statut", "créé", "modifié");
            assertThat(browser.driver().findElements(By.cssSelector("#history\\:timeline tbody tr"))).hasSize(10);
            browser.assertAccessible();

            browser.driver().findElement(By.cssSelector("#history\\:timeline .ui-paginator-next")).click();
            browser.waitForMessage("#history\\:timeline", "Evaluation — created");
            assertThat(browser.driver().findElements(By.cssSelector("#history\\:timeline tbody tr")))
                    .as("11 entries: created, 8 recommendations, 2 steps").hasSize(1);
            browser.assertAccessible();
        }
    }
}
