package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens (api.md): created by their owner and shown once, kept as a hash, used with
 * {@code Authorization: Bearer}, listed with their last use, revoked by their owner only, stopped at once
 * with a disabled account.
 */
class ApiTokenIT extends DeployedFabrique {

    private HttpResponse<String> create(String username, String body) {
        return api().post("api/me/tokens", username, "application/json", body);
    }

    private HttpResponse<String> withToken(String path, String token) {
        return api().send(api().request(path, null).header("Authorization", "Bearer " + token).GET().build());
    }

    private List<JsonObject> mine(String username) {
        HttpResponse<String> list = api().get("api/me/tokens", username);
        assertThat(list.statusCode()).isEqualTo(200);
        return JsonBodies.object(list.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    @Test
    void a_token_is_shown_once_then_lets_its_owner_in_with_bearer_until_revoked() {
        HttpResponse<String> created = create(DemoAccounts.DIRECTORATE, "{\"name\":\"Tableur de suivi\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject token = JsonBodies.object(created.body());
        String secret = token.getString("token");
        long id = token.getJsonNumber("id").longValue();
        assertThat(secret).startsWith("fab_").hasSizeGreaterThan(40);
        assertThat(token.getString("name")).isEqualTo("Tableur de suivi");
        assertThat(LocalDate.parse(token.getString("expiresOn"))).isAfter(LocalDate.now().plusDays(80));
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/me/tokens/" + id);

        HttpResponse<String> me = withToken("api/me", secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(me.body()).getString("username")).isEqualTo(DemoAccounts.DIRECTORATE);
        assertThat(me.headers().firstValue("Set-Cookie")).as("no session for a token call").isEmpty();

        JsonObject listed = mine(DemoAccounts.DIRECTORATE).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.containsKey("token")).as("the secret is never shown again").isFalse();
        assertThat(listed.isNull("lastUsedAt")).as("its last use is noted").isFalse();
        assertThat(api().get("api/me/tokens", DemoAccounts.DIRECTORATE_2).body()).doesNotContain("Tableur de suivi");

        assertThat(api().send(api().request("api/me/tokens/" + id, DemoAccounts.DIRECTORATE_2).DELETE().build())
                .statusCode()).as("another person cannot revoke it").isEqualTo(404);
        assertThat(withToken("api/me", secret).statusCode()).isEqualTo(200);

        assertThat(api().send(api().request("api/me/tokens/" + id, DemoAccounts.DIRECTORATE).DELETE().build())
                .statusCode()).isEqualTo(204);

        assertThat(withToken("api/me", secret).statusCode()).as("revoked: stops at once").isEqualTo(401);
        assertThat(mine(DemoAccounts.DIRECTORATE)).noneMatch(t -> t.getJsonNumber("id").longValue() == id);
        assertThat(api().send(api().request("api/me/tokens/" + id, DemoAccounts.DIRECTORATE).DELETE().build())
                .statusCode()).as("revoked twice").isEqualTo(404);
    }

    @Test
    void a_token_acts_with_its_owners_role_and_no_more() {
        String secret = JsonBodies.object(create(DemoAccounts.DIRECTORATE, "{\"name\":\"lecture\"}").body())
                .getString("token");

        assertThat(withToken("api/audit-events", secret).statusCode()).isEqualTo(403);
        assertThat(withToken("api/accounts", secret).statusCode()).isEqualTo(403);
        assertThat(withToken("api/programmes", secret).statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_accounts_tokens_stop_at_once_and_work_again_when_it_is_enabled() {
        String username = TestAccounts.poleMember(api(), "tokens");
        HttpResponse<String> created = api().send(api().request("api/me/tokens", null)
                .header("Authorization", Api.basic(username, TestAccounts.PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"script\"}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = JsonBodies.object(created.body()).getString("token");
        assertThat(withToken("api/me", secret).statusCode()).isEqualTo(200);
        JsonObject account = JsonBodies.object(api().get("api/accounts?size=500", DemoAccounts.POLE).body())
                .getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow();
        long accountId = account.getJsonNumber("id").longValue();

        HttpResponse<String> disabled = api().post("api/accounts/" + accountId + "/deactivation", DemoAccounts.POLE,
                "application/json", "{\"version\":" + account.getJsonNumber("version").longValue() + "}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

        assertThat(withToken("api/me", secret).statusCode()).isEqualTo(401);

        HttpResponse<String> enabled = api().post("api/accounts/" + accountId + "/activation", DemoAccounts.POLE,
                "application/json", "{\"version\":" + JsonBodies.object(disabled.body()).getJsonNumber("version").longValue() + "}");
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(withToken("api/me", secret).statusCode()).as("not revoked: works again").isEqualTo(200);
    }

    @Test
    void an_expiry_beyond_a_year_or_in_the_past_or_a_missing_name_is_refused_naming_the_field() {
        assertField(create(DemoAccounts.ELECTED, "{\"name\":\"long\",\"expiresOn\":\"" + LocalDate.now().plusYears(2) + "\"}"),
                "expiresOn");
        assertField(create(DemoAccounts.ELECTED, "{\"name\":\"past\",\"expiresOn\":\"2020-01-01\"}"), "expiresOn");
        assertField(create(DemoAccounts.ELECTED, "{\"name\":\"  \"}"), "name");
        assertField(create(DemoAccounts.ELECTED, "{}"), "name");
        assertThat(mine(DemoAccounts.ELECTED)).noneMatch(t -> t.getString("name").equals("long") || t.getString("name").equals("past"));
    }

    /** A script's parallel calls with one token: its use is noted once, and none of them fails over it. */
    @Test
    void parallel_calls_with_one_token_all_succeed() throws Exception {
        String secret = JsonBodies.object(create(DemoAccounts.DIRECTORATE, "{\"name\":\"parallèle\"}").body())
                .getString("token");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                answers.add(pool.submit(() -> withToken("api/me", secret).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mine(DemoAccounts.DIRECTORATE)).filteredOn(t -> t.getString("name").equals("parallèle"))
                .singleElement().satisfies(t -> assertThat(t.isNull("lastUsedAt")).isFalse());
    }

    @Test
    void a_signed_out_caller_and_a_malformed_bearer_get_401() {
        assertThat(api().get("api/me/tokens", null).statusCode()).isEqualTo(401);
        assertThat(withToken("api/me", "").statusCode()).isEqualTo(401);
        assertThat(withToken("api/me", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void creating_and_revoking_are_audit_events_without_the_secret() {
        JsonObject token = JsonBodies.object(create(DemoAccounts.PARTICIPANT, "{\"name\":\"audit\"}").body());
        long id = token.getJsonNumber("id").longValue();
        api().send(api().request("api/me/tokens/" + id, DemoAccounts.PARTICIPANT).DELETE().build());

        String events = api().get("api/audit-events?username=" + DemoAccounts.PARTICIPANT + "&size=500", DemoAccounts.POLE).body();

        assertThat(events).contains("\"TOKEN_CREATED\"", "\"TOKEN_REVOKED\"", "\"token " + id + "\"")
                .doesNotContain(token.getString("token"));
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(JsonBodies.object(answer.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(field);
    }
}
