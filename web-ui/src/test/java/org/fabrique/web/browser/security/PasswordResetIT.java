package org.fabrique.web.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.notifications.Mailboxes.Mail;
import org.fabrique.web.it.notifications.Mailboxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A forgotten password: the pôle sends a one-time link by mail (from the accounts page, after confirming,
 * or the API), never seeing a password; the person chooses a new one through the link, once.
 */
class PasswordResetIT extends DeployedFabrique {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    private static final Pattern LINK = Pattern.compile("/password-reset\\.xhtml\\?token=([A-Za-z0-9_-]{40,})");

    private JsonObject account(String username) {
        return JsonBodies.object(api().get("api/accounts?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject).stream().filter(a -> a.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    private String mailedToken(String email, int count) {
        List<Mail> mails = Mailboxes.await(SMTP, email, m -> m.subject().startsWith("Fabrique : choisissez"), count);
        assertThat(mails).hasSize(count);
        Matcher link = LINK.matcher(mails.get(count - 1).body());
        assertThat(link.find()).as(mails.get(count - 1).body()).isTrue();
        return link.group(1);
    }

    private int me(String username, String password) {
        return api().send(api().request("api/me", null).header("Authorization", Api.basic(username, password)).GET().build())
                .statusCode();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void the_pole_mails_a_link_and_the_person_chooses_a_new_password_through_it_once() {
        // a username that sorts first, so that the accounts page lists it on its first page
        String username = TestAccounts.poleMember(api(), "0reset");
        String email = username + "@demo.fabrique.test";
        long id = account(username).getJsonNumber("id").longValue();

        assertThat(api().post("api/accounts/" + id + "/password-reset", DemoAccounts.DIRECTORATE, "application/json", "")
                .statusCode()).isEqualTo(403);
        try (Browser pole = new Browser(base)) {
            pole.signIn(DemoAccounts.POLE);
            pole.open("/admin/accounts.xhtml");
            WebElement row = pole.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + username + "']]"));
            row.findElement(By.cssSelector("button[id$=':askReset']")).click();
            pole.waitForAjax();
            assertThat(pole.text(By.cssSelector("[id$=':confirmReset']"))).contains(email, "24 heures");
            pole.assertAccessible();
            pole.driver().findElement(By.cssSelector("button[id$=':sendReset']")).click();
            pole.waitForInfo("Lien envoyé à " + email + ".");
        }
        String token = mailedToken(email, 1);
        String next = "Pivoine-bleue-Hibou-" + System.nanoTime() % 1000;

        try (Browser browser = new Browser(base)) {
            browser.open("/password-reset.xhtml?token=" + token);
            assertThat(browser.heading()).isEqualTo("Nouveau mot de passe");
            assertThat(browser.text(By.id("intro"))).contains(username);
            browser.assertAccessible();

            type(browser, "reset:newPassword", "password1234");
            type(browser, "reset:confirmation", "password1234");
            browser.clickAndWaitForNextPage(By.id("reset:save"));
            assertThat(browser.text(By.cssSelector(".message-error"))).contains("trop facile à deviner");
            assertThat(me(username, TestAccounts.PASSWORD)).as("nothing changed yet").isEqualTo(200);

            type(browser, "reset:newPassword", next);
            type(browser, "reset:confirmation", next);
            browser.clickAndWaitForNextPage(By.id("reset:save"));
            assertThat(browser.text(By.cssSelector(".message-info"))).isEqualTo("Mot de passe enregistré. Vous pouvez vous connecter.");
            assertThat(browser.driver().manage().getCookieNamed("FABRIQUE_SESSION")).as("no session for the link").isNull();

            browser.open("/password-reset.xhtml?token=" + token);
            assertThat(browser.text(By.id("invalid"))).contains("n'est plus valable");
        }
        assertThat(me(username, next)).isEqualTo(200);
        assertThat(me(username, TestAccounts.PASSWORD)).isEqualTo(401);
        String events = api().get("api/audit-events?type=ACCOUNT_CHANGED&username=" + username, DemoAccounts.POLE).body();
        assertThat(events).contains("password reset by link").doesNotContain(token).doesNotContain(next);
    }

    @Test
    void a_newer_link_cancels_the_earlier_one_and_an_account_without_an_address_gets_none() {
        String username = TestAccounts.poleMember(api(), "reset");
        String email = username + "@demo.fabrique.test";
        long id = account(username).getJsonNumber("id").longValue();
        assertThat(api().post("api/accounts/" + id + "/password-reset", DemoAccounts.POLE, "application/json", "")
                .statusCode()).isEqualTo(200);
        String first = mailedToken(email, 1);
        assertThat(api().post("api/accounts/" + id + "/password-reset", DemoAccounts.POLE, "application/json", "")
                .statusCode()).isEqualTo(200);
        String second = mailedToken(email, 2);

        try (Browser browser = new Browser(base)) {
            browser.open("/password-reset.xhtml?token=" + first);
            assertThat(browser.text(By.id("invalid"))).contains("n'est plus valable");
            browser.open("/password-reset.xhtml?token=" + second);
            assertThat(browser.text(By.id("intro"))).contains(username);
            browser.open("/password-reset.xhtml?token=made-up");
            assertThat(browser.text(By.id("invalid"))).contains("n'est plus valable");
        }

        HttpResponse<String> noAddress = api().post("api/accounts", DemoAccounts.POLE, "application/json",
                "{\"username\":\"sans.adresse" + System.nanoTime() % 100_000 + "\",\"password\":\"Lune-verte-Colibri-42\","
                        + "\"displayName\":\"Sans Adresse\",\"category\":\"POLE_STAFF\",\"role\":\"POLE\"}");
        assertThat(noAddress.statusCode()).as(noAddress.body()).isEqualTo(201);
        long other = JsonBodies.object(noAddress.body()).getJsonNumber("id").longValue();
        HttpResponse<String> refused = api().post("api/accounts/" + other + "/password-reset", DemoAccounts.POLE,
                "application/json", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("e-mail address");
    }
}
