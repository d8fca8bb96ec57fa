package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A failed login is written to the server log with the username and the reason, never the password. */
class FailedLoginLogIT extends DeployedFabrique {

    @Test
    void a_wrong_password_is_logged_without_the_password() throws IOException {
        String secret = "Tentative-" + System.nanoTime();
        Api api = api();

        int status = api.send(api.request("api/me", null)
                .header("Authorization", Api.basic(DemoAccounts.ELECTED, secret)).GET().build()).statusCode();

        assertThat(status).isEqualTo(401);
        String log = Files.readString(Path.of(System.getProperty("it.server.base"), "log", "server.log"),
                StandardCharsets.UTF_8);
        assertThat(log).contains("Failed login for 'elu': wrong password");
        assertThat(log).doesNotContain(secret);
    }

    @Test
    void an_unknown_username_is_logged_too() throws IOException {
        Api api = api();
        String secret = "Secret-" + System.nanoTime();

        api.send(api.request("api/me", null).header("Authorization", Api.basic("personne", secret)).GET().build());

        String log = Files.readString(Path.of(System.getProperty("it.server.base"), "log", "server.log"),
                StandardCharsets.UTF_8);
        assertThat(log).contains("Failed login for unknown username 'personne'").doesNotContain(secret);
    }
}
