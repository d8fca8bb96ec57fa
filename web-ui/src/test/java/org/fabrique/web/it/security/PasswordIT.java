package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Passwords (ASVS 2.1): common, breached and guessable ones are refused when the pôle opens an account and
 * when a person changes their own; a person changes theirs only by giving the current one.
 */
class PasswordIT extends DeployedFabrique {

    private HttpResponse<String> open(String username, String password) {
        return api().post("api/accounts", DemoAccounts.POLE, "application/json", "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\",\"displayName\":\"Léa Fontaine\",\"email\":\"lea.fontaine@demo.fabrique.test\","
                + "\"category\":\"POLE_STAFF\",\"role\":\"POLE\"}");
    }

    private HttpResponse<String> change(String username, String password, String body) {
        return api().send(api().request("api/me/password", null).header("Authorization", Api.basic(username, password))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private int me(String username, String password) {
        return api().send(api().request("api/me", null).header("Authorization", Api.basic(username, password)).GET().build())
                .statusCode();
    }

    @Test
    void guessable_passwords_open_no_account_and_say_why_beside_the_field() {
        String username = "lea.fontaine" + System.nanoTime() % 100_000;
        for (String weak : List.of("password1234", "123456789012", "aaaaaaaaaaaa", "motdepasse12", "azertyuiop12",
                "soleil123456", username, username + "2026", "lea.fontaine1", "Fontaine1234")) {
            HttpResponse<String> refused = open(username, weak);
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(JsonBodies.object(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("password");
            assertThat(refused.body()).as(weak).contains("too easy to guess");
        }
        assertThat(api().get("api/accounts?size=500", DemoAccounts.POLE).body()).doesNotContain(username);

        assertThat(open(username, "Pivoine-bleue-Hibou-7").statusCode()).isEqualTo(201);
    }

    @Test
    void a_person_changes_their_password_by_giving_the_current_one() {
        String username = TestAccounts.poleMember(api(), "pw");
        String next = "Pivoine-bleue-Hibou-" + System.nanoTime() % 1000;

        HttpResponse<String> wrongCurrent = change(username, TestAccounts.PASSWORD,
                "{\"currentPassword\":\"pas-le-bon\",\"newPassword\":\"" + next + "\"}");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("\"currentPassword\"");

        HttpResponse<String> weak = change(username, TestAccounts.PASSWORD,
                "{\"currentPassword\":\"" + TestAccounts.PASSWORD + "\",\"newPassword\":\"" + username + "1\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"newPassword\"");
        assertThat(me(username, TestAccounts.PASSWORD)).as("nothing changed").isEqualTo(200);

        HttpResponse<String> changed = change(username, TestAccounts.PASSWORD,
                "{\"currentPassword\":\"" + TestAccounts.PASSWORD + "\",\"newPassword\":\"" + next + "\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(me(username, next)).isEqualTo(200);
        assertThat(me(username, TestAccounts.PASSWORD)).isEqualTo(401);
        String events = api().get("api/audit-events?type=ACCOUNT_CHANGED&username=" + username, DemoAccounts.POLE).body();
        assertThat(events).contains("password changed").doesNotContain(next);
    }

    @Test
    void without_an_account_nobody_changes_a_password() {
        HttpResponse<String> anonymous = api().send(api().request("api/me/password", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"x\",\"newPassword\":\"y\"}")).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
