package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Login throttling on the real server: five wrong passwords within a minute for one account from one
 * address, and even the right one is refused (429, {@code Retry-After}) until the delay is over; then it
 * works again. An unknown username is treated exactly the same, and each lock is an audit event.
 */
class LoginThrottleIT extends DeployedFabrique {

    private static final String MADE_UP_PREFIX = "fab_";

    private HttpResponse<String> me(String username, String password) {
        return api().send(api().request("api/me", null).header("Authorization", Api.basic(username, password))
                .GET().build());
    }

    private HttpResponse<String> meWithToken(String token) {
        return api().send(api().request("api/me", null).header("Authorization", "Bearer " + token).GET().build());
    }

    private List<JsonObject> events(String query) {
        HttpResponse<String> answer = api().get("api/audit-events?" + query, DemoAccounts.POLE);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    @Test
    void five_wrong_passwords_lock_the_account_from_this_address_until_the_delay_is_over() throws InterruptedException {
        String username = TestAccounts.poleMember(api(), "throttle");
        for (int i = 0; i < 5; i++) {
            assertThat(me(username, "wrong-password-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = me(username, TestAccounts.PASSWORD);

        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(JsonBodies.object(locked.body()).getInt("status")).isEqualTo(429);
        assertThat(events("type=LOGIN_FAILED&username=" + username)).hasSize(5)
                .allSatisfy(e -> assertThat(e.getString("detail")).isEqualTo("wrong password"));
        List<JsonObject> locks = events("type=LOGIN_THROTTLED&username=" + username);
        assertThat(locks).hasSize(1);
        assertThat(locks.get(0).getString("detail")).contains("refused for 30 s");
        assertThat(me(DemoAccounts.POLE, DemoAccounts.PASSWORD).statusCode()).as("other accounts go on").isEqualTo(200);

        Thread.sleep(retryAfter * 1000 + 200);

        HttpResponse<String> after = me(username, TestAccounts.PASSWORD);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(JsonBodies.object(after.body()).getString("username")).isEqualTo(username);
    }

    @Test
    void an_unknown_username_is_locked_the_same_way_so_a_lock_tells_nothing() {
        String nobody = "nobody" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(me(nobody, "guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = me(nobody, "guess-5");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(events("type=LOGIN_FAILED&username=" + nobody)).hasSize(5)
                .allSatisfy(e -> assertThat(e.getString("detail")).isEqualTo("unknown username"));
        assertThat(events("username=" + nobody).toString()).doesNotContain("guess-");
    }

    @Test
    void five_wrong_tokens_make_tokens_from_this_address_wait_then_a_good_one_works_again() throws InterruptedException {
        HttpResponse<String> created = api().post("api/me/tokens", DemoAccounts.ELECTED, "application/json",
                "{\"name\":\"throttle test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = JsonBodies.object(created.body()).getString("token");
        // other classes may have sent a few wrong tokens within the minute: the lock may come sooner, never later
        int status = 0;
        for (int i = 0; i < 5 && status != 429; i++) {
            status = meWithToken(MADE_UP_PREFIX + "made-up-" + i).statusCode();
            assertThat(status).isIn(401, 429);
        }

        HttpResponse<String> locked = meWithToken(token);

        assertThat(locked.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(retryAfter * 1000 + 200);
        assertThat(meWithToken(token).statusCode()).isEqualTo(200);
    }

}
