package org.fabrique.web.browser.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.stream.Collectors;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.reports.PdfDownload;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The download links of the three PDF documents on their pages: there for who may download, absent for who
 * may not, and what they lead to is a PDF in the page's language, fetched with the browser's own session.
 */
class ReportLinksIT extends DeployedFabrique {

    /** Follows the link as the browser would, with its session cookie, and reads the PDF back. */
    private String download(Browser browser, By link) {
        String href = browser.driver().findElement(link).getDomProperty("href");
        assertThat(href).contains("lang=fr");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                .header("Accept", "application/pdf,*/*").GET().build();
        return String.join(" ", PdfDownload.of(api(), request).pages()).replaceAll("\\s+", " ");
    }

    private long find(String path, String title) {
        return JsonBodies.object(api().get(path, DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("title").equals(title)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private long demoProgramme() {
        return JsonBodies.object(api().get("api/programmes?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("status").equals("VALIDATED") && p.getInt("year") == DialogueApi.today().getYear())
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void theElectedDownloadTheCouncilReportFromTheProgrammePageAndADirectorateHasNoLink() {
        long programme = demoProgramme();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            assertThat(browser.text(By.id("councilReport"))).isEqualTo("Rapport annuel au conseil municipal (PDF)");
            browser.assertAccessible();
            assertThat(download(browser, By.id("councilReport"))).contains("Rapport annuel au conseil municipal",
                    "Le taux de réponse dans les délais par direction");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            browser.text(By.id("status"));
            assertThat(browser.driver().findElements(By.id("councilReport"))).isEmpty();
        }
    }

    @Test
    void aMemberDownloadsTheReferenceDocumentAndAnyoneTheEvaluationReport() {
        long workshop = find("api/workshops?size=500", "Atelier Personnes âgées");
        long evaluation = find("api/evaluations?size=500", "Évaluation des Ateliers prospectifs 2008–2013");
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/document.xhtml?workshop=" + workshop);
            assertThat(browser.text(By.id("documentPdf"))).isEqualTo("Document de référence (PDF)");
            browser.assertAccessible();
            assertThat(download(browser, By.id("documentPdf"))).contains("Atelier Personnes âgées", "Version 2, adoptée le");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED_2);
            browser.open("/evaluation/evaluation.xhtml?id=" + evaluation);
            assertThat(browser.text(By.id("evaluationReport"))).isEqualTo("Rapport d'évaluation (PDF)");
            browser.assertAccessible();
            assertThat(download(browser, By.id("evaluationReport"))).contains("Évaluation des Ateliers prospectifs",
                    "Réservé au pôle et au comité de pilotage de l'évaluation.");
        }
    }
}
