package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The browser session: a new id at login, a cookie scripts cannot read, and an end when the account is disabled. */
class SessionIT extends DeployedFabrique {

    private static final String COOKIE = "FABRIQUE_SESSION";

    @Test
    void the_session_id_changes_at_login_and_the_cookie_is_http_only_and_same_site_lax() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login.xhtml");
            Cookie before = browser.driver().manage().getCookieNamed(COOKIE);
            assertThat(before).as("the login form's session").isNotNull();

            browser.signIn(DemoAccounts.PARTICIPANT);

            Cookie after = browser.driver().manage().getCookieNamed(COOKIE);
            assertThat(after.getValue()).isNotEqualTo(before.getValue());
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
