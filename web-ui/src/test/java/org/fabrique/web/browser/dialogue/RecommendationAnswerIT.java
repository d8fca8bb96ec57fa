package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A directorate sees its overdue recommendations first and answers one under its row, in view, a refusal beside the
 * form; the answered one leaves the overdue list.
 */
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

            List<WebElement> rows = browser.driver().findElements(OVERDUE_ROWS);
            WebElement last = rows.get(rows.size() - 1);
            String text = last.findElement(By.tagName("td")).getText().lines().findFirst().orElseThrow();
            String answered = last.getDomAttribute("data-rk");
            last.findElement(By.cssSelector("button[id$=':respond']")).click();

            WebElement form = browser.shown(By.cssSelector("[id$=':answerForm']"));
            assertThat(form.getDomAttribute("aria-label")).isEqualTo("Réponse de la collectivité : " + text);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.focusedId().endsWith(":answerPosition"));
            assertThat(browser.inViewport(browser.shown(By.cssSelector("[id$=':answerPosition']"))))
                    .as("the form opens under its row, in view").isTrue();
            browser.shown(By.cssSelector("[id$=':answerText']")).clear(); // an answer under study may have a text already
            new Select(browser.shown(By.cssSelector("[id$=':answerPosition']"))).selectByVisibleText("Non retenue");
            browser.shown(By.cssSelector("[id$=':saveAnswer']")).click();
            WebElement refusal = browser.shown(By.cssSelector("[id$=':answerForm'] .ui-message-error"));
            assertThat(refusal.getText()).isEqualTo("Une réponse « non retenue » doit être justifiée.");
            assertThat(browser.inViewport(refusal)).as("the refusal shows beside the form").isTrue();
            browser.assertAccessible();

            browser.shown(By.cssSelector("[id$=':answerText']")).sendKeys("La Ville retient la proposition dès la rentrée.");
            new Select(browser.shown(By.cssSelector("[id$=':answerPosition']"))).selectByVisibleText("Retenue");
            browser.shown(By.cssSelector("[id$=':saveAnswer']")).click();

            assertThat(browser.text(By.cssSelector(".message-info"))).isEqualTo("Réponse enregistrée.");
            assertThat(browser.inViewport(browser.shown(By.cssSelector(".message-info"))))
                    .as("the message stays in view where the person acted").isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("[id$=':answerForm']"))).isEmpty();
            waitUntilLeftOverdue(browser, answered);
            browser.assertAccessible();
        }
    }

    /**
     * Waits until the answered recommendation's row has left the overdue table; counting rows would not do, for the
     * table is paged and another overdue recommendation may take the freed place.
     */
    private static void waitUntilLeftOverdue(Browser browser, String rowKey) {
        assertThat(rowKey).isNotBlank();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#recommendations\\:overdue tbody tr[data-rk='" + rowKey + "']")).isEmpty());
    }

    /** Presses Tab until the focused element's id ends with {@code idEnd}; fails after 400 presses. */
    private static void tabTo(Browser browser, String idEnd) {
        for (int i = 0; i < 400; i++) {
            if (browser.focusedId().endsWith(idEnd)) {
                return;
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached an element whose id ends with " + idEnd);
    }

    private static void type(Browser browser, CharSequence... keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    @Test
    void a_directorate_signs_in_and_answers_with_the_keyboard_alone() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login.xhtml");
            tabTo(browser, "login:username");
            type(browser, DemoAccounts.DIRECTORATE, Keys.TAB, DemoAccounts.PASSWORD, Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !browser.path().startsWith("/login"));

            browser.open("/dialogue/recommendations.xhtml");
            tabTo(browser, ":respond");
            String row = browser.driver().switchTo().activeElement().getDomAttribute("aria-label");
            String answered = browser.driver().switchTo().activeElement()
                    .findElement(By.xpath("ancestor::tr[@data-rk]")).getDomAttribute("data-rk");
            type(browser, Keys.ENTER);

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.focusedId().endsWith(":answerPosition"));
            assertThat(browser.shown(By.cssSelector("[id$=':answerForm']")).getDomAttribute("aria-label"))
                    .isEqualTo(row.replace("Répondre", "Réponse de la collectivité"));
            type(browser, "Retenue");
            assertThat(new Select(browser.driver().switchTo().activeElement()).getFirstSelectedOption().getText())
                    .isEqualTo("Retenue");
            type(browser, Keys.TAB, "La direction retient la proposition, au clavier.");
            tabTo(browser, ":saveAnswer");
            type(browser, Keys.ENTER);

            browser.waitForInfo("Réponse enregistrée.");
            waitUntilLeftOverdue(browser, answered);
        }
    }
}
