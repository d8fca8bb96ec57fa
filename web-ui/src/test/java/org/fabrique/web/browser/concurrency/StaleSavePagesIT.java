package org.fabrique.web.browser.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two people edit the same record: one has the page open, the other saves first (through the API, or in a
 * second browser). The first one's save is refused with what the other changed, nothing the other saved is
 * overwritten, what she typed stays in the form, and saving again applies it knowingly. One test per
 * aggregate root edited in a page of each mission; the API's rule (409, 400) is tested per record type in
 * {@code it/concurrency}.
 */
class StaleSavePagesIT extends DeployedFabrique {

    private static final String CHANGED = "Quelqu'un d'autre a modifié cet élément depuis que vous l'avez ouvert.";
    private static final By ERROR = By.cssSelector(".message-error");

    @Test
    void a_candidate_saved_by_its_directorate_meanwhile() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/candidate.xhtml?id=" + id);
            type(browser, "candidate:title", "Bibliothèque ouverte le dimanche");

            HttpResponse<String> other = dialogue.put("api/candidates/" + id, DemoAccounts.DIRECTORATE,
                    Api.withVersion(dialogue.completeCandidate("Mairie annexe du Bourg"), dialogue.candidateVersion(id)));
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

            browser.clickAndWaitForNextPage(By.id("candidate:save"));
            assertThat(browser.text(ERROR)).startsWith(CHANGED)
                    .contains("Ce qui a changé : titre (désormais « Mairie annexe du Bourg »).");
            assertThat(candidate(id).getString("title")).as("the other save is kept").isEqualTo("Mairie annexe du Bourg");
            assertThat(value(browser, "candidate:title")).as("what she typed").isEqualTo("Bibliothèque ouverte le dimanche");
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.id("candidate:save"));
            browser.waitForInfo("Projet candidat enregistré.");
            assertThat(candidate(id).getString("title")).as("saved again, knowingly").isEqualTo("Bibliothèque ouverte le dimanche");
        }
    }

    @Test
    void the_lessons_of_a_project_recorded_by_a_colleague_meanwhile() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/project.xhtml?id=" + project);
            type(browser, "lessonsForm:lessons", "Associer les agents d'accueil dès le début.");

            HttpResponse<String> other = dialogue.put("api/projects/" + project + "/lessons", DemoAccounts.POLE,
                    Api.withVersion("{\"lessons\":\"Prévoir une restitution publique.\"}", projectVersion(project)));
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

            browser.driver().findElement(By.id("lessonsForm:saveLessons")).click();
            browser.waitForMessage(".message-error", "enseignements (désormais « Prévoir une restitution publique. »)");
            assertThat(project(project).getString("lessons")).isEqualTo("Prévoir une restitution publique.");
            assertThat(value(browser, "lessonsForm:lessons")).isEqualTo("Associer les agents d'accueil dès le début.");
            browser.assertAccessible();
        }
    }

    @Test
    void the_summary_of_an_evaluation_written_by_a_colleague_meanwhile() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/evaluation.xhtml?id=" + id);
            type(browser, "summaryForm:summary", "Les ateliers ont changé la décision.");

            HttpResponse<String> other = new DialogueApi(api()).put("api/evaluations/" + id + "/summary", DemoAccounts.POLE,
                    Api.withVersion("{\"summary\":\"Une idée force partagée.\"}", evaluations.version(id)));
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

            browser.clickAndWaitForNextPage(By.id("summaryForm:saveSummary"));
            assertThat(browser.text(ERROR)).contains("résumé (désormais « Une idée force partagée. »)");
            assertThat(browser.text(By.id("summary"))).isEqualTo("Une idée force partagée.");
            assertThat(evaluations.get(id).getString("summary")).isEqualTo("Une idée force partagée.");
            assertThat(value(browser, "summaryForm:summary")).isEqualTo("Les ateliers ont changé la décision.");
            browser.assertAccessible();
        }
    }

    @Test
    void a_workshop_described_in_another_browser_meanwhile() {
        long workshop = new ProspectiveApi(api()).workshop();
        String page = "/prospective/workshop.xhtml?id=" + workshop;

        try (Browser first = new Browser(base); Browser second = new Browser(base)) {
            first.signIn(DemoAccounts.POLE);
            first.open(page);
            second.signIn(DemoAccounts.POLE);
            second.open(page);

            type(second, "describe:contract", "Un référentiel partagé");
            second.clickAndWaitForNextPage(By.id("describe:describeButton"));
            second.waitForInfo("Description de l'atelier enregistrée.");

            type(first, "describe:contract", "Un plan d'actions");
            first.clickAndWaitForNextPage(By.id("describe:describeButton"));
            assertThat(first.text(ERROR)).contains(CHANGED, "marché (désormais « Un référentiel partagé »)");
            assertThat(first.text(By.id("contract"))).isEqualTo("Un référentiel partagé");
            assertThat(JsonBodies.object(api().get("api/workshops/" + workshop, DemoAccounts.POLE).body()).getString("contract"))
                    .isEqualTo("Un référentiel partagé");
            first.assertAccessible();
        }
    }

    @Test
    void the_draft_of_a_reference_document_saved_by_a_colleague_meanwhile() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshopWithVersion();
        String document = "api/workshops/" + workshop + "/document";

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/document.xhtml?workshop=" + workshop);
            WebElement issues = browser.driver().findElement(By.cssSelector("textarea[id$=':0:chapterDraft']"));
            issues.clear();
            issues.sendKeys("Bien vieillir dans chaque quartier.");

            long version = JsonBodies.object(api().get(document, DemoAccounts.POLE).body()).getJsonNumber("version").longValue();
            HttpResponse<String> other = prospective.put(document + "/draft", DemoAccounts.POLE,
                    Api.withVersion(ProspectiveApi.DRAFT.replace("Vieillir chez soi, dans son quartier.", "Rompre l'isolement."),
                            version));
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

            browser.driver().findElement(By.id("organise:saveDraft")).click();
            browser.waitForMessage(".message-error", "Ce qui a changé : texte en cours.");
            JsonObject saved = JsonBodies.object(api().get(document, DemoAccounts.POLE).body());
            assertThat(saved.getJsonNumber("version").longValue()).as("nothing saved over it").isEqualTo(version + 1);
            assertThat(saved.toString()).contains("Rompre l'isolement.").doesNotContain("Bien vieillir dans chaque quartier.");
            assertThat(browser.driver().findElement(By.cssSelector("textarea[id$=':0:chapterDraft']")).getDomProperty("value"))
                    .isEqualTo("Bien vieillir dans chaque quartier.");
            browser.assertAccessible();
        }
    }

    @Test
    void the_issues_of_a_workshop_ranked_by_a_colleague_meanwhile() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop();
        prospective.advance(workshop);
        String issues = "api/workshops/" + workshop + "/issues";
        long first = prospective.issue(workshop, "Vieillir chez soi");
        long second = prospective.issue(workshop, "Rompre l'isolement");

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/workshop.xhtml?id=" + workshop);
            browser.driver().findElement(By.id("issues:list:0:rank")).sendKeys("1");

            Map<Long, Long> read = prospective.issueVersions(workshop);
            HttpResponse<String> other = prospective.put(issues + "/ranking", DemoAccounts.POLE, "{\"ranks\":[{\"issueId\":"
                    + first + ",\"rank\":2,\"version\":" + read.get(first) + "},{\"issueId\":" + second
                    + ",\"rank\":1,\"version\":" + read.get(second) + "}]}");
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
            String ranked = api().get(issues, DemoAccounts.POLE).body();

            browser.driver().findElement(By.id("issues:saveRanking")).click();
            browser.waitForMessage(".message-error", CHANGED);
            assertThat(browser.text(ERROR)).contains("rang (désormais « ");
            assertThat(api().get(issues, DemoAccounts.POLE).body()).as("the colleague's ranking is kept").isEqualTo(ranked);
            browser.assertAccessible();
        }
    }

    private JsonObject candidate(long id) {
        return JsonBodies.object(api().get("api/candidates/" + id, DemoAccounts.POLE).body());
    }

    private JsonObject project(long id) {
        return JsonBodies.object(api().get("api/projects/" + id, DemoAccounts.POLE).body()).getJsonObject("project");
    }

    private long projectVersion(long id) {
        return project(id).getJsonNumber("version").longValue();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }
}
