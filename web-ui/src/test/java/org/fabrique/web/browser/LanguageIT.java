package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.fabrique.web.it.Deployments;
import org.fabrique.web.it.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** French by default, English on demand, and the choice remembered by the account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fabrique();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_login_page_is_french_and_switches_to_english() {
        browser = new Browser(base);
        browser.open("/login.xhtml");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo("Connexion");

        browser.chooseLanguage("en");

        assertThat(browser.heading()).isEqualTo("Sign in");
        assertThat(browser.driver().findElement(By.cssSelector("label[for='login:username']")).getText()).startsWith("Username");
        browser.assertAccessible();
    }

    @Test
    void a_person_who_chose_english_finds_it_at_the_next_sign_in() {
        browser = new Browser(base);
        browser.signIn(DemoAccounts.ELECTED_2);
        assertThat(browser.heading()).isEqualTo("Accueil");

        browser.chooseLanguage("en");
        assertThat(browser.heading()).isEqualTo("Home");
        assertThat(browser.menu()).containsExactly("Home", "Reference data");
        assertThat(browser.text(By.id("who"))).endsWith("Elected official");
        browser.assertAccessible();
        browser.signOut();
        browser.close();

        browser = new Browser(base);
        browser.signIn(DemoAccounts.ELECTED_2);
        assertThat(browser.heading()).isEqualTo("Home");
        assertThat(browser.text(By.id("nothingPending"))).isEqualTo("Nothing is waiting for you at the moment.");

        browser.chooseLanguage("fr");
        assertThat(browser.heading()).isEqualTo("Accueil");
    }
}
