package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The health probe, as a load balancer polls it: anonymous, UP once started, no session opened, never cached. */
class HealthIT extends DeployedFabrique {

    @Test
    void an_anonymous_probe_gets_up_without_a_session() {
        HttpResponse<String> response = api().get("api/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(response.body()).getString("status")).isEqualTo("UP");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a probe").isEmpty();
    }

    @Test
    void a_signed_in_caller_gets_the_same_answer() {
        HttpResponse<String> response = api().get("api/health", DemoAccounts.DIRECTORATE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(response.body()).getString("status")).isEqualTo("UP");
    }
}
