package org.fabrique.web.browser.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.publication.PublicContent;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluations in the browser: the pôle frames one from the list and leads it from its page (a question
 * and its finding, a recommendation assigned and overdue, its steering committee, the next step, further
 * work commissioned); the owner directorate follows the recommendation up, another directorate cannot;
 * the steering committee reads the interviews' quotes by theme and by category only, anyone else reads
 * that they are confidential.
 */
class EvaluationPagesIT extends DeployedFabrique {

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static Select select(Browser browser, String id) {
        return new Select(browser.driver().findElement(By.id(id)));
    }

    @Test
    void the_pole_frames_and_leads_an_evaluation_and_the_owner_directorate_follows_its_recommendation_up() {
        String title = "Évaluation des Ateliers prospectifs " + System.nanoTime();
        long culture = new EvaluationApi(api()).directorateOf(DemoAccounts.DIRECTORATE);
        String page;
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/evaluations.xhtml");
            assertThat(browser.heading()).isEqualTo("Évaluations");
            assertThat(browser.menu()).contains("Évaluations");
            browser.assertAccessible();

            type(browser, "frame:programmeYear", "2095");
            browser.clickAndWaitForNextPage(By.id("frame:frameButton"));
            assertThat(browser.text(By.cssSelector("#frame .ui-message-error")))
                    .isEqualTo("Le titre de l'évaluation est obligatoire.");
            browser.assertAccessible();

            type(browser, "frame:title", title);
            select(browser, "frame:object").selectByVisibleText("Méthode");
            type(browser, "frame:objectDescription", "Les Ateliers prospectifs, 2008-2013.");
            type(browser, "frame:originLabel", "Commande directe du pôle");
            select(browser, "frame:type").selectByVisibleText("Ex post");
            browser.choose(By.id("frame:participatory"));
            select(browser, "frame:evaluatorKind").selectByVisibleText("Cabinet extérieur");
            type(browser, "frame:evaluators", "Romain Pasquier (CRAPE)");
            browser.fillDate("frame:start", "2013-09-01");
            browser.fillDate("frame:end", "2013-12-15");
            browser.clickAndWaitForNextPage(By.id("frame:frameButton"));

            browser.waitForInfo("L'évaluation « " + title + " » est cadrée.");
            assertThat(browser.path()).startsWith("/evaluation/evaluation.xhtml?id=");
            page = browser.path();
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.text(By.id("status"))).isEqualTo("Cadrage");
            assertThat(browser.text(By.id("origin"))).isEqualTo("Commande directe du pôle");
            assertThat(browser.text(By.id("evaluators"))).isEqualTo("Cabinet extérieur — Romain Pasquier (CRAPE)");
            assertThat(browser.text(By.id("participatory"))).isEqualTo("Oui");
            assertThat(browser.text(By.id("period"))).isEqualTo("1 septembre 2013 – 15 décembre 2013");
            assertThat(browser.text(By.id("noQuote"))).isEqualTo("Aucune citation pour l'instant.");
            browser.assertAccessible();

            type(browser, "ask:text", "Les ateliers ont-ils aidé les élus à décider ?");
            browser.clickAndWaitForNextPage(By.id("ask:askButton"));
            assertThat(browser.text(By.cssSelector("#ask .ui-message-error")))
                    .isEqualTo("Une question évaluative se rattache à au moins un critère.");
            assertThat(browser.driver().findElements(By.cssSelector("#questions > li"))).isEmpty();
            browser.choose(By.cssSelector("#ask\\:criteria input[value='EFFECTIVENESS']"));
            browser.choose(By.cssSelector("#ask\\:criteria input[value='IMPACT']"));
            browser.clickAndWaitForNextPage(By.id("ask:askButton"));
            browser.waitForInfo("Question évaluative ajoutée.");
            assertThat(browser.text(By.id("questions"))).contains("Les ateliers ont-ils aidé les élus à décider ?",
                    "Efficacité", "Impact", "pas encore de constat");

            select(browser, "findingForm:question").selectByVisibleText("1. Les ateliers ont-ils aidé les élus à décider ?");
            browser.waitForAjax();
            type(browser, "findingForm:finding", "Élus et techniciens partagent un récit territorial.");
            browser.clickAndWaitForNextPage(By.id("findingForm:findingButton"));
            browser.waitForInfo("Constat de la question 1 enregistré.");
            assertThat(browser.text(By.id("questions"))).contains("Élus et techniciens partagent un récit territorial.");

            type(browser, "summaryForm:summary", "Une idée force : la grande utilité des ateliers.");
            browser.clickAndWaitForNextPage(By.id("summaryForm:saveSummary"));
            browser.waitForInfo("Synthèse enregistrée.");
            assertThat(browser.text(By.id("summary"))).isEqualTo("Une idée force : la grande utilité des ateliers.");

            type(browser, "recommend:text", "Ouvrir les ateliers à la société civile.");
            browser.clickAndWaitForNextPage(By.id("recommend:recommendButton"));
            browser.waitForInfo("Recommandation ajoutée.");
            select(browser, "assign:recommendation").selectByVisibleText("1. Ouvrir les ateliers à la société civile.");
            select(browser, "assign:ownerDirectorateId").selectByValue(String.valueOf(culture));
            browser.fillDate("assign:dueDate", "2020-01-31");
            browser.clickAndWaitForNextPage(By.id("assign:assignButton"));
            browser.waitForInfo("Recommandation 1 confiée.");
            assertThat(browser.text(By.id("recommendationList"))).contains("Direction de la culture", "31 janvier 2020",
                    "(en retard)");

            select(browser, "committeeForm:steeringCommittee").selectByVisibleText("Sophie Garnier (Élu·e)");
            browser.clickAndWaitForNextPage(By.id("committeeForm:committeeButton"));
            browser.waitForInfo("Comité de pilotage enregistré.");
            assertThat(browser.text(By.id("committee"))).isEqualTo("Sophie Garnier");

            select(browser, "commission:recommendation").selectByVisibleText("1. Ouvrir les ateliers à la société civile.");
            type(browser, "commission:title", "Évaluation de l'ouverture " + title);
            browser.clickAndWaitForNextPage(By.id("commission:commissionButton"));
            browser.waitForInfo("L'évaluation « Évaluation de l'ouverture " + title + " » est créée, en cadrage.");
            assertThat(browser.text(By.id("recommendationList"))).contains("Évaluation de l'ouverture " + title);
            browser.assertAccessible();

            assertThat(browser.text(By.id("advance:advanceButton"))).isEqualTo("Passer à l'étape « Collecte des données »");
            browser.clickAndWaitForNextPage(By.id("advance:advanceButton"));
            browser.waitForInfo("L'évaluation passe à l'étape « Collecte des données ».");
            assertThat(browser.text(By.id("status"))).isEqualTo("Collecte des données");
            assertThat(browser.path()).as("the address still names the evaluation").isEqualTo(page);
            browser.reload();
            assertThat(browser.text(By.id("status"))).as("reloaded, not moved on twice").isEqualTo("Collecte des données");
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.cssSelector("#recommendationList a.commission-target"));
            assertThat(browser.heading()).isEqualTo("Évaluation de l'ouverture " + title);
            assertThat(browser.text(By.id("originLink"))).isEqualTo("Recommandation de l'évaluation « " + title + " »");
            browser.clickAndWaitForNextPage(By.id("originLink"));
            assertThat(browser.heading()).isEqualTo(title);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open(page);
            assertThat(browser.driver().findElements(By.id("assign"))).as("the pôle's assignment").isEmpty();
            select(browser, "followUp:recommendation").selectByVisibleText("1. Ouvrir les ateliers à la société civile.");
            browser.waitForAjax();
            select(browser, "followUp:status").selectByVisibleText("Réalisée");
            type(browser, "followUp:followUpComment", "Deux ateliers ouverts aux acteurs du territoire.");
            browser.clickAndWaitForNextPage(By.id("followUp:followUpButton"));
            browser.waitForInfo("Suivi de la recommandation 1 enregistré.");
            assertThat(browser.text(By.id("recommendationList"))).contains("Réalisée",
                    "Deux ateliers ouverts aux acteurs du territoire.").doesNotContain("(en retard)");
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE_2);
            browser.open(page);
            assertThat(browser.text(By.id("recommendationList"))).contains("Réalisée");
            assertThat(browser.driver().findElements(By.id("followUp"))).as("another directorate's follow-up").isEmpty();
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED_2);
            browser.open(page);
            assertThat(browser.text(By.id("voicesConfidential"))).contains("réservés au comité de pilotage");
            assertThat(browser.driver().findElements(By.id("voices"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("interviewsLink"))).isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void a_steering_committee_member_reads_the_quotes_by_theme_attributed_by_category_only() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        evaluations.steering(id, DemoAccounts.ELECTED);
        long elected = evaluations.interview(id, "ELECTED_OFFICIAL", "Jeanne Secret-Gardé");
        evaluations.quote(elected, "On discutait tous ensemble.", "Socialisation aux enjeux");
        long director = evaluations.interview(id, "DIRECTOR", "Paul Discret");
        evaluations.quote(director, "C'est le cadre de référence qui va déterminer le projet.", "Récit territorial");
        long recommendation = evaluations.recommendation(id);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/evaluation/evaluation.xhtml?recommendation=" + recommendation);
            assertThat(browser.text(By.id("committee"))).isEqualTo("Sophie Garnier");
            String voices = browser.text(By.id("voices"));
            assertThat(voices).contains("Socialisation aux enjeux", "On discutait tous ensemble.", "— Élu",
                    "Récit territorial", "C'est le cadre de référence qui va déterminer le projet.", "— Directeur");
            assertThat(voices.indexOf("Récit territorial")).isLessThan(voices.indexOf("Socialisation aux enjeux"));
            assertThat(browser.driver().getPageSource()).doesNotContain("Jeanne Secret-Gardé").doesNotContain("Paul Discret");
            assertThat(browser.driver().findElements(By.cssSelector("#voices blockquote"))).hasSize(2);
            assertThat(browser.driver().findElements(By.id("interviewsLink"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("summaryForm"))).as("the pôle's forms").isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void a_reader_kept_out_of_the_interviews_reads_the_quotes_a_published_report_made_public_never_a_name() {
        PublicContent content = new PublicContent(api());
        PublicContent.Report report = content.reported("citations");
        assertThat(content.publish(report.id(), DemoAccounts.POLE).statusCode()).isEqualTo(200);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED_2);
            browser.open("/evaluation/evaluation.xhtml?id=" + report.id());
            assertThat(browser.driver().findElements(By.id("voicesConfidential"))).as("not a contradiction").isEmpty();
            assertThat(browser.text(By.id("voicesPublished"))).contains("le rapport publié");
            assertThat(browser.text(By.id("publishedQuotes"))).contains(report.quote(), "— Citoyen");
            assertThat(browser.driver().getPageSource()).doesNotContain(report.name()).doesNotContain(report.notes());
            assertThat(browser.driver().findElements(By.id("voices"))).isEmpty();
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.id("publishedReportLink"));
            assertThat(browser.path()).isEqualTo("/public/evaluation.xhtml?id=" + report.id());
            assertThat(browser.heading()).isEqualTo(report.title());
        }
    }

    @Test
    void an_unknown_evaluation_is_the_page_that_does_not_exist() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/evaluation/evaluation.xhtml?id=999999");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
            browser.open("/evaluation/evaluation.xhtml?recommendation=999999");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
            browser.open("/evaluation/evaluation.xhtml");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
        }
    }
}
