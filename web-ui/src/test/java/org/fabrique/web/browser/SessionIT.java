package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The browser session: a new id at login, a cookie scripts cannot read, and an end when the account is disabled. */
class SessionIT extends DeployedFabrique {

    private static final String COOKIE = "FABRIQUE_SESSION";

    @Test
    void a_visitor_reads_the_public_pages_switches_language_and_fails_to_sign_in_without_a_server_session() {
        try (Browser browser = new Browser(base)) {
            browser.open("/public/index.xhtml");
            browser.chooseLanguage("en");
            assertThat(browser.heading()).isNotBlank();
            browser.open("/public/workshops.xhtml");
            assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("lang"))
                    .as("the choice is remembered in a cookie").isEqualTo("en");
            browser.open("/login.xhtml");
            browser.signIn("personne-" + System.nanoTime(), "pas-le-bon-mot-de-passe");
            browser.open("/public/evaluation.xhtml?id=999999");

            assertThat(browser.driver().manage().getCookieNamed(COOKIE)).as("no session for a visitor").isNull();
            Cookie language = browser.driver().manage().getCookieNamed("FABRIQUE_LANG");
            assertThat(language.getValue()).isEqualTo("en");
            assertThat(language.isHttpOnly()).isTrue();
            assertThat(language.getSameSite()).isEqualTo("Lax");
            browser.chooseLanguage("fr");
        }
    }

    @Test
    void the_language_switch_keeps_the_address_of_the_page() {
        try (Browser browser = new Browser(base)) {
            browser.open("/public/programme.xhtml?year=2026");
            browser.chooseLanguage("en");
            assertThat(browser.path()).isEqualTo("/public/programme.xhtml?year=2026");
            browser.chooseLanguage("fr");
            assertThat(browser.path()).isEqualTo("/public/programme.xhtml?year=2026");
        }
    }

    @Test
    void the_session_id_changes_at_login_and_the_cookie_is_http_only_and_same_site_lax() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login.xhtml");
            Cookie before = browser.driver().manage().getCookieNamed(COOKIE);
            assertThat(before).as("the login form opens no session").isNull();

            browser.signIn(DemoAccounts.PARTICIPANT);

            Cookie after = browser.driver().manage().getCookieNamed(COOKIE);
            assertThat(after).as("signing in opens it").isNotNull();
            assertThat(after.isHttpOnly()).isTrue();
            assertThat(after.getSameSite()).isEqualTo("Lax");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("jsessionid").doesNotContain(after.getValue());
        }
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_once() {
        Api api = api();
        JsonObject account = JsonBodies.object(api.post("api/accounts", DemoAccounts.POLE, "application/json",
                "{\"username\":\"session.coupee\",\"password\":\"un-mot-de-passe-long\",\"displayName\":\"Yann Le Goff\","
                        + "\"category\":\"EXTERNAL_EXPERT\",\"role\":\"PARTICIPANT\"}").body());
        try (Browser browser = new Browser(base)) {
            browser.signIn("session.coupee", "un-mot-de-passe-long");
            assertThat(browser.heading()).isEqualTo("Accueil");

            // read it again: signing in saved the language of the session in the account
            JsonObject current = JsonBodies.object(api.get("api/accounts/" + account.getJsonNumber("id"), DemoAccounts.POLE).body());
            assertThat(api.post("api/accounts/" + account.getJsonNumber("id") + "/deactivation", DemoAccounts.POLE,
                    "application/json", "{\"version\":" + current.getJsonNumber("version") + "}").statusCode())
                    .isEqualTo(200);

            browser.open("/index.xhtml");
            assertThat(browser.path()).startsWith("/login.xhtml");
        }
    }
}
