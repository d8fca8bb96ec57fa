package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pôle runs a dialogue project in its page: records a session, attaches its poster, records a
 * citizens' recommendation, writes the lessons; the catalogue of methods then shows them.
 */
class ProjectPageIT extends DeployedFabrique {

    @TempDir
    Path files;

    private long project() {
        return new DialogueApi(api()).pooledProject().getJsonNumber("id").longValue();
    }

    @Test
    void the_pole_records_a_session_its_poster_a_recommendation_and_the_lessons() throws IOException {
        long project = project();
        Path poster = Files.write(files.resolve("affiche-atelier.pdf"),
                "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/project.xhtml?id=" + project);
            assertThat(browser.text(By.id("methods"))).contains("Atelier de co-construction");
            browser.assertAccessible();

            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('recordSession:date').value = '2026-05-12'");
            browser.driver().findElement(By.id("recordSession:place")).sendKeys("Maison de quartier de Doulon");
            new Select(browser.driver().findElement(By.id("recordSession:method"))).selectByVisibleText("Balade urbaine");
            new Select(browser.driver().findElement(By.id("recordSession:group"))).selectByVisibleText("Habitants");
            browser.driver().findElement(By.id("recordSession:participants")).sendKeys("27");
            browser.driver().findElement(By.id("recordSession:outputs")).sendKeys("Un parcours d'accès à la mairie annexe");
            browser.driver().findElement(By.id("recordSession:recordSessionButton")).click();
            browser.waitForInfo("Rencontre du 12 mai 2026 enregistrée.");
            assertThat(browser.text(By.id("sessions:table"))).contains("Maison de quartier de Doulon", "Balade urbaine",
                    "Habitants", "27");

            browser.driver().findElement(By.id("attach:file")).sendKeys(poster.toString());
            browser.clickAndWaitForNextPage(By.id("attach:attachButton"));
            browser.waitForInfo("Fichier « affiche-atelier.pdf » joint.");
            assertThat(browser.text(By.cssSelector("#sessions\\:table a.attachment"))).isEqualTo("affiche-atelier.pdf");

            browser.driver().findElement(By.id("recommend:text")).sendKeys("Signaler la mairie annexe depuis le tramway");
            Select session = new Select(browser.driver().findElement(By.id("recommend:sessionId")));
            assertThat(session.getOptions().get(1).getText()).as("a day as the reader reads it")
                    .isEqualTo("12 mai 2026 · Maison de quartier de Doulon");
            session.selectByIndex(1);
            browser.driver().findElement(By.id("recommend:record")).click();
            browser.waitForInfo("Préconisation enregistrée : la réponse est attendue au plus tard le");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("projectRecommendations:table")).getText().contains("Signaler la mairie annexe"));

            browser.driver().findElement(By.id("lessonsForm:lessons")).sendKeys("La balade urbaine a fait venir des habitants absents des réunions.");
            browser.driver().findElement(By.id("lessonsForm:saveLessons")).click();
            browser.waitForInfo("Enseignements enregistrés.");
            browser.assertAccessible();

            browser.open("/dialogue/methods.xhtml?method=URBAN_WALK");
            assertThat(browser.text(By.id("projects:table"))).contains("La balade urbaine a fait venir des habitants");
            browser.assertAccessible();
        }
    }

    @Test
    void a_file_of_another_kind_is_refused_with_a_clear_message() throws IOException {
        long project = project();
        Path script = Files.write(files.resolve("programme.exe"), new byte[] {'M', 'Z', 0, 0});
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/project.xhtml?id=" + project);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('recordSession:date').value = '2026-06-02'");
            browser.driver().findElement(By.id("recordSession:place")).sendKeys("Salle du conseil");
            new Select(browser.driver().findElement(By.id("recordSession:method"))).selectByVisibleText("Débat public");
            new Select(browser.driver().findElement(By.id("recordSession:group"))).selectByVisibleText("Mixte");
            browser.driver().findElement(By.id("recordSession:participants")).sendKeys("60");
            browser.driver().findElement(By.id("recordSession:recordSessionButton")).click();
            browser.waitForInfo("Rencontre du 2 juin 2026 enregistrée.");

            browser.driver().findElement(By.id("attach:file")).sendKeys(script.toString());
            browser.clickAndWaitForNextPage(By.id("attach:attachButton"));

            assertThat(browser.text(By.cssSelector(".message-error"))).startsWith("Ce type de fichier n'est pas accepté");
            assertThat(browser.driver().findElements(By.cssSelector("#sessions\\:table a.attachment"))).isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void a_directorate_reads_the_project_without_the_poles_forms() {
        long project = project();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/project.xhtml?id=" + project);

            assertThat(browser.text(By.id("lessons"))).isEqualTo("Aucun enseignement n'est encore consigné.");
            assertThat(browser.driver().findElements(By.id("recordSession"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("attach"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("recommend"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("lessonsForm"))).isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void the_demo_town_hall_project_shows_its_separate_groups_then_its_mixed_session() {
        int year = DialogueApi.today().getYear();
        long programme = JsonBodies.object(api().get("api/programmes?size=500", DemoAccounts.ELECTED).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("year") == year).findFirst().orElseThrow().getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            browser.clickAndWaitForNextPage(By.id("projectsLink"));
            assertThat(browser.heading()).isEqualTo("Démarches de dialogue " + year);
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.linkText("Nouvelle mairie de quartier de Doulon – Bottière"));
            assertThat(browser.driver().findElements(By.cssSelector("#sessions\\:table tbody tr[data-ri]")))
                    .extracting(row -> row.findElements(By.tagName("td")).get(3).getText())
                    .containsExactly("Habitants", "Agents", "Élus", "Mixte");
            assertThat(browser.text(By.id("lessons"))).startsWith("Réunir d'abord séparément");
            browser.assertAccessible();
        }
    }

    @Test
    void an_unknown_project_is_not_found() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/dialogue/project.xhtml?id=999999");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
            assertThat(browser.driver().findElements(By.id("incident"))).isEmpty();
            browser.open("/dialogue/project.xhtml");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
            assertThat(browser.driver().findElements(By.id("incident"))).isEmpty();
        }
    }
}
