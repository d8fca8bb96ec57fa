package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The browser's protections on every kind of response: pages, the API (answers and refusals), static
 * resources, downloads and errors; the session cookie's attributes; no server version.
 */
class SecurityHeadersIT extends DeployedFabrique {

    private HttpHeaders headers(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        return response.headers();
    }

    /** The API's one policy. */
    private static String policy(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).as("one policy").hasSize(1);
        return policies.get(0);
    }

    /** A page's own policy (PrimeFaces'), beside the one every response has ({@code frame-ancestors 'none'}). */
    private static String pagePolicy(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).contains("frame-ancestors 'none'");
        return policies.stream().filter(p -> p.contains("script-src")).findFirst()
                .orElseThrow(() -> new AssertionError("no script-src in " + policies));
    }

    @Test
    void every_response_carries_the_browser_protections() {
        String programme = JsonBodies.object(api().get("api/programmes", DemoAccounts.POLE).body()).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").toString();
        Map<String, String> responses = Map.of(
                "login.xhtml", "the login page",
                "index.xhtml", "a page sending to the login page",
                "public/programme.xhtml?year=2026", "a public page",
                "api/me", "an API answer",
                "api/programmes/999999", "an API refusal",
                "resources/css/fabrique.css", "a stylesheet",
                "jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "a script",
                "no-such-page", "an error",
                "api/programmes/" + programme + "/candidates.csv?lang=fr", "a download");
        responses.forEach((path, what) -> {
            HttpHeaders headers = headers(path, path.startsWith("login") || path.startsWith("public") ? null : DemoAccounts.POLE);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(headers.allValues("Content-Security-Policy")).as(what).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("Server")).as(what).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
        });
    }

    @Test
    void a_page_runs_only_its_own_scripts_and_those_of_this_response() {
        String page = pagePolicy(headers("login.xhtml", null));
        String scripts = page.substring(page.indexOf("script-src"));
        assertThat(scripts).startsWith("script-src 'self' 'nonce-").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(pagePolicy(headers("login.xhtml", null))).as("a fresh nonce each time").isNotEqualTo(page);
        assertThat(pagePolicy(headers("public/index.xhtml", null))).startsWith("default-src 'self'");

        HttpResponse<String> body = api().get("login.xhtml", null);
        String nonce = pagePolicy(body.headers()).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(body.body()).contains("nonce=\"" + nonce + "\"").doesNotContainPattern("<script(?![^>]*nonce=)[^>]*>[^<]")
                .doesNotContainPattern(" on(click|change|load|submit|keydown|keyup|focus|blur)=\"");
    }

    @Test
    void an_api_answer_loads_and_runs_nothing() {
        assertThat(policy(headers("api/me", DemoAccounts.POLE))).startsWith("default-src 'none'");
        assertThat(policy(headers("api/me", null))).as("a 401").startsWith("default-src 'none'");
    }

    @Test
    void the_session_cookie_stays_on_this_site() {
        HttpResponse<String> page = api().get("login.xhtml", null);
        assertThat(page.headers().allValues("Set-Cookie")).as("the login page opens no session")
                .noneMatch(c -> c.startsWith("FABRIQUE_SESSION="));

        // the login form, as a browser sends it (its view keeps no state: "stateless")
        String form = "login=login&login%3Ausername=" + DemoAccounts.PARTICIPANT + "&login%3Apassword="
                + DemoAccounts.PASSWORD + "&login%3Asubmit=&jakarta.faces.ViewState=stateless";
        HttpResponse<String> login = api().send(api().request("login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("FABRIQUE_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.statusCode() + " "
                        + login.headers().map()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("over plain HTTP").doesNotContainIgnoringCase("Secure");
    }
}
