package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Account management through the API: only the pôle; bad input is refused field by field and changes nothing. */
class AccountApiIT extends DeployedFabrique {

    private static final String JSON = "application/json";

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void other_roles_may_not_list_accounts(String username) {
        HttpResponse<String> response = api().get("api/accounts", username);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(403);
    }

    @Test
    void other_roles_may_not_open_accounts() {
        HttpResponse<String> response = api().post("api/accounts", DemoAccounts.ELECTED, JSON, valid("intrus"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api().get("api/accounts?size=500", DemoAccounts.POLE).body()).doesNotContain("\"intrus\"");
    }

    @Test
    void the_pole_lists_accounts() {
        HttpResponse<String> response = api().get("api/accounts?size=500", DemoAccounts.POLE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(response.body()).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("username"))
                .contains("pole", "direction", "direction2", "elu", "elu2", "expert");
    }

    @Test
    void the_pole_opens_an_account_that_can_then_sign_in() {
        HttpResponse<String> created = api().post("api/accounts", DemoAccounts.POLE, JSON, valid("agent.culture"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches(".*/api/accounts/\\d+"));
        JsonObject account = JsonBodies.object(created.body());
        assertThat(account.getString("username")).isEqualTo("agent.culture");
        assertThat(account.getString("role")).isEqualTo("ELECTED");
        assertThat(account.getBoolean("enabled")).isTrue();

        HttpResponse<String> me = api().send(api().request("api/me", null)
                .header("Authorization", Api.basic("agent.culture", "un-mot-de-passe-long")).GET().build());
        assertThat(me.statusCode()).isEqualTo(200);
    }

    @Test
    void invalid_fields_are_named_and_nothing_is_created() {
        String body = "{\"username\":\"A B\",\"password\":\"short\",\"displayName\":\"\",\"email\":\"not-an-email\","
                + "\"category\":\"DIRECTOR\",\"role\":\"ELECTED\"}";

        HttpResponse<String> response = api().post("api/accounts", DemoAccounts.POLE, JSON, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("username", "password", "displayName", "email");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
        assertThat(api().get("api/accounts?size=500", DemoAccounts.POLE).body()).doesNotContain("A B");
    }

    @Test
    void a_taken_username_is_refused_on_its_field() {
        HttpResponse<String> response = api().post("api/accounts", DemoAccounts.POLE, JSON, valid("elu"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = JsonBodies.object(response.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("username");
        assertThat(error.getString("message")).contains("already taken");
    }

    @Test
    void a_directorate_account_needs_a_directorate() {
        String body = valid("sans.direction").replace("\"ELECTED\"", "\"DIRECTORATE\"");

        HttpResponse<String> response = api().post("api/accounts", DemoAccounts.POLE, JSON, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(response.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("directorateId");
    }

    @Test
    void malformed_json_is_a_bad_request() {
        HttpResponse<String> response = api().post("api/accounts", DemoAccounts.POLE, JSON, "{\"username\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(400);
    }

    @Test
    void a_wrong_content_type_is_415() {
        HttpResponse<String> response = api().post("api/accounts", DemoAccounts.POLE, "text/plain", "hello");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(415);
    }

    @Test
    void an_unknown_account_is_404() {
        assertThat(api().get("api/accounts/999999", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @Test
    void a_disabled_account_can_no_longer_sign_in_and_a_stale_version_is_a_conflict() {
        JsonObject account = JsonBodies.object(
                api().post("api/accounts", DemoAccounts.POLE, JSON, valid("a.desactiver")).body());
        long id = account.getJsonNumber("id").longValue();
        long version = account.getJsonNumber("version").longValue();
        assertThat(signIn("a.desactiver")).isEqualTo(200);

        HttpResponse<String> disabled = api().post("api/accounts/" + id + "/deactivation", DemoAccounts.POLE, JSON,
                "{\"version\":" + version + "}");

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(disabled.body()).getBoolean("enabled")).isFalse();
        assertThat(signIn("a.desactiver")).isEqualTo(401);

        HttpResponse<String> stale = api().post("api/accounts/" + id + "/activation", DemoAccounts.POLE, JSON,
                "{\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JsonBodies.object(stale.body()).getString("detail")).contains("changed");
        assertThat(signIn("a.desactiver")).isEqualTo(401);

        long current = JsonBodies.object(disabled.body()).getJsonNumber("version").longValue();
        assertThat(api().post("api/accounts/" + id + "/activation", DemoAccounts.POLE, JSON,
                "{\"version\":" + current + "}").statusCode()).isEqualTo(200);
        assertThat(signIn("a.desactiver")).isEqualTo(200);
    }

    @Test
    void only_the_pole_disables_accounts() {
        JsonObject elu2 = JsonBodies.object(api().get("api/accounts?size=500", DemoAccounts.POLE).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(DemoAccounts.ELECTED_2)).findFirst().orElseThrow();
        String body = "{\"version\":" + elu2.getJsonNumber("version") + "}";

        HttpResponse<String> response = api().post("api/accounts/" + elu2.getJsonNumber("id") + "/deactivation",
                DemoAccounts.ELECTED, JSON, body);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api().get("api/me", DemoAccounts.ELECTED_2).statusCode()).isEqualTo(200);
    }

    @Test
    void the_pole_cannot_disable_its_own_account() {
        JsonObject pole = JsonBodies.object(api().get("api/accounts?size=500", DemoAccounts.POLE).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(DemoAccounts.POLE)).findFirst().orElseThrow();

        HttpResponse<String> response = api().post("api/accounts/" + pole.getJsonNumber("id") + "/deactivation",
                DemoAccounts.POLE, JSON, "{\"version\":" + pole.getJsonNumber("version") + "}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(api().get("api/me", DemoAccounts.POLE).statusCode()).isEqualTo(200);
    }

    @Test
    void a_state_change_takes_an_optional_version_and_works_without_a_body() {
        HttpResponse<String> created = api().post("api/accounts", DemoAccounts.POLE, JSON, valid("agent.optionnel" + System.nanoTime() % 100000));
        JsonObject account = JsonBodies.object(created.body());
        String path = "api/accounts/" + account.getJsonNumber("id");

        HttpResponse<String> stale = api().post(path + "/deactivation", DemoAccounts.POLE, JSON,
                "{\"version\":" + (account.getJsonNumber("version").longValue() + 1) + "}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        HttpResponse<String> bare = api().send(api().request(path + "/deactivation", DemoAccounts.POLE)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bare.statusCode()).as("curl -X POST: " + bare.body()).isEqualTo(200);
        assertThat(JsonBodies.object(bare.body()).getBoolean("enabled")).isFalse();
        HttpResponse<String> empty = api().post(path + "/activation", DemoAccounts.POLE, JSON, "{}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
        assertThat(JsonBodies.object(empty.body()).getBoolean("enabled")).isTrue();
    }

    private int signIn(String username) {
        return api().send(api().request("api/me", null)
                .header("Authorization", Api.basic(username, "un-mot-de-passe-long")).GET().build()).statusCode();
    }

    private static String valid(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"un-mot-de-passe-long\",\"displayName\":\"Nadia Perrin\","
                + "\"email\":\"nadia.perrin@demo.fabrique.test\",\"category\":\"ELECTED_OFFICIAL\",\"role\":\"ELECTED\"}";
    }
}
