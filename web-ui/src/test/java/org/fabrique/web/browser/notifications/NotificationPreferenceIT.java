package org.fabrique.web.browser.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** On the home page, a person chooses between one mail per event and a daily digest, and it is kept. */
class NotificationPreferenceIT extends DeployedFabrique {

    private static final By IMMEDIATE = By.id("notifications:preference:0");
    private static final By DIGEST = By.id("notifications:preference:1");

    @Test
    void a_person_chooses_the_daily_digest_on_the_home_page() {
        String username = TestAccounts.poleMember(api(), "choice");
        try (Browser browser = new Browser(base)) {
            browser.signIn(username, TestAccounts.PASSWORD);
            browser.open("/index.xhtml");
            assertThat(browser.text(By.id("notificationsHeading"))).isEqualTo("Vos messages");
            assertThat(browser.driver().findElement(IMMEDIATE).isSelected()).isTrue();
            browser.assertAccessible();

            browser.choose(DIGEST);
            browser.clickAndWaitForNextPage(By.id("notifications:saveNotifications"));
            String message = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> visibleInfo(d));
            assertThat(message).isEqualTo("Vous recevrez un résumé quotidien.");
            browser.assertAccessible();

            browser.open("/index.xhtml");
            assertThat(browser.shown(DIGEST).isSelected()).isTrue();
            assertThat(browser.driver().findElement(IMMEDIATE).isSelected()).isFalse();
        }
    }

    private static String visibleInfo(WebDriver driver) {
        var info = driver.findElement(By.cssSelector(".message-info"));
        return info.isDisplayed() ? info.getText() : null;
    }
}
