package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Ce qui vous attend" is the person's work, each item a link to the exact place: the demo's expert is told
 * of the next session of the workshop she sits in and lands on its sessions; someone new to Fabrique is told
 * that nothing waits.
 */
class HomePageIT extends BrowserTest {

    @Test
    void the_next_session_links_to_the_workshops_sessions() {
        Browser b = browser();
        b.signIn(DemoAccounts.PARTICIPANT);

        WebElement session = b.driver().findElement(By.cssSelector("#pendingItems li[data-kind='prospective.session'] a"));
        assertThat(session.getText()).startsWith("Séance du ").contains(" : atelier « ");
        assertThat(session.getDomAttribute("href")).matches("/prospective/workshop\\.xhtml\\?id=\\d+#sessionsHeading");
        b.assertAccessible();

        b.clickAndWaitForNextPage(By.cssSelector("#pendingItems li[data-kind='prospective.session'] a"));
        assertThat(b.path()).matches("/prospective/workshop\\.xhtml\\?id=\\d+#sessionsHeading");
        assertThat(b.text(By.id("sessionsHeading"))).isNotBlank();
    }

    @Test
    void someone_with_nothing_to_do_is_told_so() {
        String username = "nouveau" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = api().post("api/accounts", DemoAccounts.POLE, "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"Jeanne Nouvelle\","
                        + "\"email\":\"" + username + "@demo.fabrique.test\",\"category\":\"CITIZEN\",\"role\":\"PARTICIPANT\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Browser b = browser();
        b.signIn(username, TestAccounts.PASSWORD);

        assertThat(b.text(By.id("nothingPending"))).isEqualTo("Rien ne vous attend pour le moment.");
        b.assertAccessible();
    }
}
