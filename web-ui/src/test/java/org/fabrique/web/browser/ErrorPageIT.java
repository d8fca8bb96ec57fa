package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fabrique.web.failing.FailingResource;
import org.fabrique.web.failing.FailingView;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.Deployments;
import org.fabrique.web.it.JsonBodies;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An unexpected error shows a page with an incident id and no stack trace; the server log holds the
 * stack trace under the same id. The WAR is the real one plus a page and an endpoint that break.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fabrique()
                .addClasses(FailingView.class, FailingResource.class)
                .addAsWebResource(new StringAsset("""
                        <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                        template="/WEB-INF/templates/page.xhtml">
                          <ui:define name="title">Failing</ui:define>
                          <ui:define name="content"><p>#{failingView.value}</p></ui:define>
                        </ui:composition>
                        """), "failing.xhtml")
                .addAsWebResource(new StringAsset("""
                        <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                        template="/WEB-INF/templates/page.xhtml">
                          <ui:define name="title">Ailleurs</ui:define>
                          <ui:define name="content"><p id="elsewhere">Une image d'un autre site : <img src="https://images.example/pixel.png" alt="pixel"/></p></ui:define>
                        </ui:composition>
                        """), "elsewhere.xhtml");
    }

    @ArquillianResource
    URL base;

    @Test
    void a_page_that_breaks_shows_an_incident_id_and_no_internals() throws IOException {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/failing.xhtml");

            assertThat(browser.heading()).isEqualTo("Une erreur est survenue");
            assertThat(browser.text(By.id("errorMessage"))).startsWith("Une erreur inattendue est survenue.");
            String incident = browser.text(By.cssSelector("#incident strong"));
            assertThat(incident).matches("[0-9a-f]{8}");
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("IllegalStateException").doesNotContain("Simulated defect").doesNotContain("at org.");
            browser.assertAccessible();

            assertThat(serverLog()).contains("Incident " + incident).contains("Simulated defect for the error page test");
        }
    }

    /**
     * The check every browser test makes when it closes its browser fails on what a page's policy blocked:
     * here an image of another site.
     */
    @Test
    void what_a_page_policy_blocks_fails_the_browser_tests() {
        Browser browser = new Browser(base);
        try {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/elsewhere.xhtml");
            assertThat(browser.text(By.id("elsewhere"))).startsWith("Une image d'un autre site");
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
        assertThatThrownBy(browser::close).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy").hasMessageContaining("images.example");
    }

    @Test
    void an_api_call_that_breaks_answers_a_500_problem_with_an_incident_id() throws IOException {
        Api api = new Api(base);

        HttpResponse<String> response = api.get("api/test-failure", DemoAccounts.POLE);

        assertThat(response.statusCode()).isEqualTo(500);
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getString("incident")).matches("[0-9a-f]{8}");
        assertThat(response.body()).doesNotContain("Simulated defect").doesNotContain("IllegalStateException");
        assertThat(serverLog()).contains("Incident " + problem.getString("incident"));
    }

    private static String serverLog() throws IOException {
        return Files.readString(Path.of(System.getProperty("it.server.base"), "log", "server.log"), StandardCharsets.UTF_8);
    }
}
