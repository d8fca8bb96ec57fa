package org.fabrique.web.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of this security work, as people use them: a person creates a token on "Mon compte", sees
 * its secret once, uses it, and revokes it after confirming; the pôle reads the audit log with its filters
 * in the address; the login page makes a caller who failed too often wait, without telling whether the
 * account exists.
 */
class AccountAndAuditPagesIT extends DeployedFabrique {

    @Test
    void a_person_creates_a_token_sees_it_once_and_revokes_it_after_confirming() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            assertThat(browser.menu()).doesNotContain("Journal d'audit");
            assertThat(browser.driver().findElement(By.id("accountLink")).getDomProperty("textContent")).isEqualTo("Mon compte");
            browser.open("/account.xhtml");
            assertThat(browser.heading()).isEqualTo("Mon compte");
            browser.assertAccessible();

            String name = "Tableau de bord " + System.nanoTime();
            browser.driver().findElement(By.id("newToken:name")).sendKeys(name);
            browser.driver().findElement(By.id("newToken:create")).click();
            browser.waitForInfo("Jeton « " + name + " » créé.");
            browser.waitForAjax();
            String secret = browser.text(By.id("secret"));
            assertThat(secret).startsWith("fab_");
            assertThat(browser.text(By.id("tokens:secretBox"))).contains("il ne sera plus jamais affiché");
            assertThat(rowOf(browser, name).getText()).contains("Jamais utilisé");
            browser.assertAccessible();

            Api api = api();
            assertThat(api.send(api.request("api/me", null).header("Authorization", "Bearer " + secret).GET().build())
                    .statusCode()).isEqualTo(200);
            browser.open("/account.xhtml");
            assertThat(browser.driver().findElements(By.id("secret"))).as("shown once").isEmpty();
            assertThat(rowOf(browser, name).getText()).doesNotContain("Jamais utilisé");

            rowOf(browser, name).findElement(By.cssSelector("button[id$=':askRevoke']")).click();
            browser.waitForAjax();
            assertThat(rowOf(browser, name).getText()).contains("Révoquer le jeton « " + name + " » ?",
                    "cela ne peut pas être annulé");
            browser.assertAccessible();
            rowOf(browser, name).findElement(By.cssSelector("button[id$=':revoke']")).click();
            browser.waitForInfo("Jeton « " + name + " » révoqué.");
            browser.waitForAjax();

            assertThat(browser.text(By.id("tokens:table"))).doesNotContain(name);
            assertThat(api.send(api.request("api/me", null).header("Authorization", "Bearer " + secret).GET().build())
                    .statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_bad_expiry_is_refused_beside_its_field() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            browser.open("/account.xhtml");
            browser.driver().findElement(By.id("newToken:name")).sendKeys("trop long");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('newToken:expiresOn').value = '2099-01-01';");
            browser.driver().findElement(By.id("newToken:create")).click();
            browser.waitForMessage("[id='newToken'] .ui-message-error", "au plus dans un an");
            assertThat(browser.driver().findElements(By.id("secret"))).isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void the_pole_filters_the_audit_log_and_the_filters_stay_in_the_address() {
        Api api = api();
        String nobody = "inconnu" + System.nanoTime();
        api.send(api.request("api/me", null).header("Authorization", Api.basic(nobody, "essai")).GET().build());
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            assertThat(browser.menu()).contains("Administration", "Journal d'audit");
            browser.open("/admin/audit.xhtml");
            assertThat(browser.heading()).isEqualTo("Journal d'audit");
            assertThat(browser.text(By.id("audit:table"))).contains("Connexion");
            browser.assertAccessible();

            new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("Échec de connexion");
            browser.driver().findElement(By.id("username")).sendKeys(nobody);
            browser.clickAndWaitForNextPage(By.id("filter"));

            assertThat(browser.path()).contains("type=LOGIN_FAILED").contains("username=" + nobody);
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).contains("Échec de connexion", nobody, "unknown username");
            assertThat(new Select(browser.driver().findElement(By.id("type"))).getFirstSelectedOption().getText())
                    .isEqualTo("Échec de connexion");
            assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value")).isEqualTo(nobody);
            browser.assertAccessible();

            browser.open("/admin/audit.xhtml?type=LOGOUT&from=2000-01-01&to=2000-12-31");
            assertThat(browser.text(By.id("audit:table"))).contains("Aucun événement ne correspond.");
        }
    }

    @Test
    void a_directorate_cannot_open_the_audit_log_and_the_refusal_is_recorded() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE_2);
            browser.open("/admin/audit.xhtml");
            assertThat(browser.heading()).isEqualTo("Une erreur est survenue");
        }
        assertThat(api().get("api/audit-events?type=ACCESS_DENIED&username=" + DemoAccounts.DIRECTORATE_2, DemoAccounts.POLE)
                .body()).contains("\"target\":\"/admin/audit.xhtml\"");
    }

    @Test
    void the_login_page_makes_a_caller_who_failed_too_often_wait_without_saying_whether_the_account_exists() {
        String nobody = "personne" + System.nanoTime();
        try (Browser browser = new Browser(base)) {
            for (int i = 0; i < 5; i++) {
                browser.signIn(nobody, "mauvais-" + i);
                assertThat(browser.text(By.cssSelector(".message-error"))).isEqualTo(
                        "Identifiant ou mot de passe incorrect, ou compte désactivé.");
            }
            browser.signIn(nobody, "mauvais-5");

            assertThat(browser.text(By.cssSelector(".message-error")))
                    .matches("Trop de tentatives infructueuses : réessayez dans \\d+ secondes\\.");
            browser.assertAccessible();
        }
    }

    @Test
    void a_person_changes_their_password_on_their_account_page() {
        String username = TestAccounts.poleMember(api(), "page");
        String next = "Pivoine-bleue-Hibou-" + System.nanoTime() % 1000;
        try (Browser browser = new Browser(base)) {
            browser.signIn(username, TestAccounts.PASSWORD);
            browser.open("/account.xhtml");

            type(browser, "password:currentPassword", TestAccounts.PASSWORD);
            type(browser, "password:newPassword", "password1234");
            type(browser, "password:confirmation", "password1234");
            browser.driver().findElement(By.id("password:change")).click();
            browser.waitForMessage("[id='password'] .ui-message-error", "trop facile à deviner");
            browser.assertAccessible();

            type(browser, "password:currentPassword", TestAccounts.PASSWORD);
            type(browser, "password:newPassword", next);
            type(browser, "password:confirmation", next + "x");
            browser.driver().findElement(By.id("password:change")).click();
            browser.waitForMessage("[id='password'] .ui-message-error", "Les deux saisies du nouveau mot de passe diffèrent.");

            type(browser, "password:currentPassword", TestAccounts.PASSWORD);
            type(browser, "password:newPassword", next);
            type(browser, "password:confirmation", next);
            browser.driver().findElement(By.id("password:change")).click();
            browser.waitForInfo("Mot de passe changé.");
        }
        Api api = api();
        assertThat(api.send(api.request("api/me", null).header("Authorization", Api.basic(username, next)).GET().build())
                .statusCode()).isEqualTo(200);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("[id='tokens:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
    }
}
