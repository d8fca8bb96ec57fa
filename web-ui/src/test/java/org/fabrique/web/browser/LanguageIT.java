package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.it.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** French by default, English on demand, and the choice remembered by the account. */
class LanguageIT extends BrowserTest {

    @Test
    void the_login_page_is_french_and_switches_to_english() {
        Browser browser = browser();
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
        Browser browser = browser();
        browser.signIn(DemoAccounts.ELECTED_2);
        assertThat(browser.heading()).isEqualTo("Accueil");

        browser.chooseLanguage("en");
        try {
            rememberedAcrossSignIns(browser);
        } finally {
            // elu2 must stay French for the other tests, even when an assertion above failed
            Browser reset = newBrowser();
            reset.signIn(DemoAccounts.ELECTED_2);
            reset.chooseLanguage("fr");
        }
    }

    private void rememberedAcrossSignIns(Browser english) {
        Browser browser = english;
        assertThat(browser.heading()).isEqualTo("Home");
        assertThat(browser.menu()).containsExactly("Citizen dialogue", "Programmes", "Recommendations", "Dashboard", "Methods",
                "Prospective workshops", "Evaluations", "Reference data");
        assertThat(browser.driver().findElement(By.id("accountLink")).getDomProperty("textContent")).isEqualTo("My account");
        assertThat(browser.driver().findElement(By.id("whoRole")).getDomProperty("textContent")).isEqualTo("Elected official");
        browser.assertAccessible();
        browser.signOut();

        browser = newBrowser();
        browser.signIn(DemoAccounts.ELECTED_2);
        assertThat(browser.heading()).isEqualTo("Home");
        assertThat(browser.text(By.id("pendingItems"))).contains("to arbitrate");

        browser.chooseLanguage("fr");
        assertThat(browser.heading()).isEqualTo("Accueil");
    }
}
