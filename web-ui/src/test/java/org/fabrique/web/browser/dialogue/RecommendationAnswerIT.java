package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A directorate sees its overdue recommendations first and answers one; it leaves the overdue list. */
class RecommendationAnswerIT extends DeployedFabrique {

    private static final By OVERDUE_ROWS = By.cssSelector("#recommendations\\:overdue tbody tr[data-ri]");

    @Test
    void a_directorate_answers_an_overdue_recommendation() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/recommendations.xhtml");
            assertThat(browser.heading()).isEqualTo("Préconisations citoyennes");
            int overdueBefore = browser.driver().findElements(OVERDUE_ROWS).size();
            assertThat(overdueBefore).as("the demo gives Culture overdue recommendations").isPositive();
            assertThat(browser.text(By.id("recommendations:overdue"))).contains("Direction de la culture")
                    .doesNotContain("Direction des sports");
            browser.assertAccessible();

            String first = browser.driver().findElement(By.cssSelector("#recommendations\\:overdue tbody tr[data-ri] td")).getText()
                    .lines().findFirst().orElseThrow();
            browser.driver().findElement(By.cssSelector("#recommendations\\:overdue tbody tr[data-ri] button")).click();
            assertThat(browser.text(By.id("selectedText"))).isEqualTo(first);
            new Select(browser.driver().findElement(By.id("answer:position"))).selectByVisibleText("Non retenue");
            browser.driver().findElement(By.id("answer:save")).click();
            assertThat(browser.text(By.cssSelector(".message-error"))).isEqualTo("Une réponse « non retenue » doit être justifiée.");

            browser.driver().findElement(By.id("answer:text")).sendKeys("La Ville retient la proposition dès la rentrée.");
            new Select(browser.driver().findElement(By.id("answer:position"))).selectByVisibleText("Retenue");
            browser.driver().findElement(By.id("answer:save")).click();

            assertThat(browser.text(By.cssSelector(".message-info"))).isEqualTo("Réponse enregistrée.");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElements(OVERDUE_ROWS).size() == overdueBefore - 1);
            browser.assertAccessible();
        }
    }
}
