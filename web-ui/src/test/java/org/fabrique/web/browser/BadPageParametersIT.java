package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An address whose parameters name nothing (a word where an id goes, a year out of range, a number in
 * scientific notation, a record that does not exist, a made-up view state) is the "page does not exist"
 * page, answered 404, for anyone; it is never a 500 and leaves no stack trace in the server log, so that
 * nobody can fill the log by asking for such addresses.
 */
class BadPageParametersIT extends DeployedFabrique {

    private static final List<String> PUBLIC = List.of("/public/programme.xhtml?year=abc",
            "/public/programme.xhtml?year=99999999999", "/public/evaluation.xhtml?id=x", "/public/evaluation.xhtml?id=%27");
    private static final List<String> SIGNED_IN = List.of("/dialogue/programme.xhtml?id=%27",
            "/prospective/workshop.xhtml?id=1e9", "/dialogue/candidate.xhtml?id=-", "/dialogue/project.xhtml?id=1.5",
            "/dialogue/project.xhtml?id=999999", "/evaluation/evaluation.xhtml?id=999999");

    private static Path serverLog() {
        return Path.of(System.getProperty("it.server.base"), "log", "server.log");
    }

    private static String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(serverLog());
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }

    @Test
    void an_address_that_names_nothing_is_not_found_and_logs_no_stack_trace() throws IOException {
        long before = Files.size(serverLog());

        for (String path : PUBLIC) {
            HttpResponse<String> response = api().get(path.substring(1), null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Cette page n'existe pas.");
        }
        try (Browser browser = new Browser(base)) {
            browser.open(PUBLIC.get(0));
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
            browser.assertAccessible();
            browser.signIn(DemoAccounts.POLE);
            for (String path : SIGNED_IN) {
                browser.open(path);
                assertThat(browser.text(By.id("errorMessage"))).as(path).isEqualTo("Cette page n'existe pas.");
                assertThat(browser.driver().findElements(By.id("incident"))).as(path).isEmpty();
            }
        }
        HttpResponse<String> state = api().get("login.xhtml?jakarta.faces.ViewState=x", null);
        assertThat(state.statusCode()).as("a made-up view state").isEqualTo(404);

        assertThat(logSince(before)).as("what the server logged meanwhile")
                .doesNotContain("\tat ").doesNotContain("SEVERE").doesNotContain("ERROR");
    }

    @Test
    void a_comparison_of_versions_that_do_not_exist_says_so_and_shows_the_document() {
        long workshop = new ProspectiveApi(api()).workshopWithVersion();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            for (String query : List.of("&from=1&to=9", "&from=abc&to=1", "&from=1&to=1&granularity=PARAGRAPH", "&to=1")) {
                browser.open("/prospective/document.xhtml?workshop=" + workshop + query);
                assertThat(browser.text(By.cssSelector(".message-error"))).as(query).isEqualTo("Choisissez deux versions soumises.");
                assertThat(browser.text(By.id("currentHeading"))).as(query).isEqualTo("Version 1");
                assertThat(browser.driver().findElements(By.id("diffLegend"))).as(query).isEmpty();
            }
        }
    }
}
