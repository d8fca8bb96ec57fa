package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts a test opens for itself, so that what it changes (its language, say) never reaches the demo
 * accounts the other tests sign in with.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Lune-verte-Colibri-42";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestAccounts() {
    }

    /** A new pôle member's username, with {@link #PASSWORD}. */
    public static String poleMember(Api api, String prefix) {
        String username = prefix + NEXT.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        HttpResponse<String> created = api.post("api/accounts", DemoAccounts.POLE, "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Emma Clarke\","
                        + "\"email\":\"" + username + "@demo.fabrique.test\",\"category\":\"POLE_STAFF\",\"role\":\"POLE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }
}
