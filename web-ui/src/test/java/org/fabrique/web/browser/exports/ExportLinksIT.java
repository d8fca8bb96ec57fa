package org.fabrique.web.browser.exports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The export links of the list pages download the list the page shows, with the browser's session. */
class ExportLinksIT extends DeployedFabrique {

    @Test
    void a_directorate_downloads_its_own_candidates_from_the_programme_page() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate("Équipement culturel de quartier"));
        dialogue.draft(programme, DemoAccounts.DIRECTORATE_2, dialogue.completeCandidate("Équipement sportif de quartier"));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            assertThat(browser.text(By.id("exportCsv"))).isEqualTo("Exporter CSV");
            assertThat(browser.text(By.id("exportXlsx"))).isEqualTo("Exporter Excel");
            browser.assertAccessible();

            String href = browser.driver().findElement(By.id("exportCsv")).getAttribute("href");
            assertThat(href).endsWith("/api/programmes/" + programme + "/candidates.csv?lang=fr");
            HttpResponse<String> csv = fetch(browser, href);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
            assertThat(csv.body()).startsWith("\uFEFFTitre;Direction;")
                    .contains("Équipement culturel de quartier;Direction de la culture")
                    .doesNotContain("Équipement sportif de quartier");

            HttpResponse<String> xlsx = fetch(browser, browser.driver().findElement(By.id("exportXlsx")).getAttribute("href"));
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        }
    }

    @Test
    void the_recommendations_page_exports_with_its_programme_filter() {
        long programme = new DialogueApi(api()).openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/recommendations.xhtml");
            assertThat(browser.driver().findElement(By.id("exportXlsx")).getAttribute("href"))
                    .endsWith("/api/recommendations.xlsx?lang=fr");
            browser.open("/dialogue/recommendations.xhtml?programme=" + programme);
            assertThat(browser.text(By.id("exportCsv"))).isEqualTo("Exporter CSV");
            String href = browser.driver().findElement(By.id("exportCsv")).getAttribute("href");
            assertThat(href).endsWith("/api/recommendations.csv?lang=fr&programmeId=" + programme);
            browser.assertAccessible();
            assertThat(fetch(browser, href).body()).as("no recommendation in a new programme: the headers alone")
                    .startsWith("\uFEFFDémarche de dialogue;Préconisation;").hasLineCount(1);
        }
    }

    @Test
    void the_workshops_plan_and_evaluations_pages_link_to_their_exports_with_their_filters() {
        long cycle = JsonBodies.array(api().get("api/cycles", DemoAccounts.POLE).body()).getJsonObject(0)
                .getJsonNumber("id").longValue();
        long elderly = workshopId("Atelier Personnes âgées");
        int year = DialogueApi.today().getYear();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/workshops.xhtml?cycle=" + cycle);
            assertThat(href(browser, "exportCsv")).endsWith("/api/workshops.csv?lang=fr&cycleId=" + cycle);
            browser.open("/prospective/plan.xhtml?workshop=" + elderly);
            assertThat(href(browser, "exportXlsx")).endsWith("/api/workshops/" + elderly + "/actions.xlsx?lang=fr");
            assertThat(fetch(browser, href(browser, "exportCsv")).body()).contains("Direction;Action;");
            browser.open("/evaluation/evaluations.xhtml?year=" + year);
            assertThat(href(browser, "exportXlsx")).endsWith("/api/evaluations.xlsx?lang=fr&programmeYear=" + year);
            browser.assertAccessible();
            browser.driver().findElement(By.linkText("Évaluation de l'engagement de réponse du dialogue citoyen")).click();
            assertThat(href(browser, "exportCsv")).matches(".*/api/evaluations/\\d+/recommendations\\.csv\\?lang=fr");
            browser.assertAccessible();
        }
    }

    private static String href(Browser browser, String id) {
        browser.text(By.id(id));
        return browser.driver().findElement(By.id(id)).getAttribute("href");
    }

    private long workshopId(String title) {
        return JsonBodies.object(api().get("api/workshops?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(w -> title.equals(w.getString("title"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    /** The link followed as the browser would, with its session cookie. */
    private static HttpResponse<String> fetch(Browser browser, String href) {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
