package org.fabrique.web.browser.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.publication.PublicContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public pages, read by a visitor who never signs in: what is published is there, in French and in
 * English and accessible; what is not published or confidential never is.
 */
class PublicPagesIT extends DeployedFabrique {

    private Browser browser;

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private String page() {
        return browser().driver().getPageSource();
    }

    @Test
    void the_login_page_leads_to_what_the_city_publishes_and_its_seed_report() {
        browser().open("/login.xhtml");
        browser().clickAndWaitForNextPage(By.id("publicPages"));

        assertThat(browser().path()).startsWith("/public/index.xhtml");
        assertThat(browser().heading()).isEqualTo("Ce que la ville publie");
        assertThat(browser().text(By.id("reportTitles"))).contains("Ateliers prospectifs");
        assertThat(browser().text(By.id("synthesisTitles"))).contains("Atelier Personnes âgées");
        assertThat(browser().text(By.id("programmeYears"))).contains("Programme du dialogue citoyen");
        browser().assertAccessible();

        browser().clickAndWaitForNextPage(By.partialLinkText("Ateliers prospectifs"));
        assertThat(browser().path()).startsWith("/public/evaluation.xhtml?id=");
        assertThat(browser().text(By.id("reportQuotes"))).contains("— Élu");
        assertThat(browser().text(By.id("evaluators"))).contains("Cabinet extérieur");
        browser().assertAccessible();
        long id = Long.parseLong(browser().path().replaceAll(".*id=(\\d+).*", "$1"));
        JsonObject published = JsonBodies.object(api().get("api/public/evaluations/" + id, null).body());
        assertThat(browser().text(By.id("reportSummary")).replaceAll("\\s+", " ")).as("the report's summary")
                .isEqualTo(published.getString("summary").strip().replaceAll("\\s+", " "));
        List<JsonObject> interviews = JsonBodies.array(api().get("api/evaluations/" + id + "/interviews", DemoAccounts.POLE)
                .body()).stream().map(JsonValue::asJsonObject).toList();
        assertThat(interviews).isNotEmpty();
        for (JsonObject interview : interviews) {
            if (interview.containsKey("intervieweeName")) {
                assertThat(page()).doesNotContain(interview.getString("intervieweeName"));
            }
            if (interview.containsKey("notes")) {
                assertThat(page()).doesNotContain(interview.getString("notes"));
            }
        }
    }

    @Test
    void a_published_report_shows_its_quotes_by_category_and_an_unpublished_one_is_not_found() {
        PublicContent content = new PublicContent(api());
        PublicContent.Report shown = content.reported("page");
        PublicContent.Report hidden = content.reported("cachée");
        assertThat(content.publish(shown.id(), DemoAccounts.POLE).statusCode()).isEqualTo(200);

        browser().open("/public/evaluation.xhtml?id=" + shown.id());
        assertThat(browser().heading()).isEqualTo(shown.title());
        assertThat(browser().text(By.id("reportQuotes"))).contains(shown.quote(), "— Citoyen");
        assertThat(browser().text(By.id("reportQuestions"))).contains(shown.finding());
        assertThat(page()).doesNotContain(shown.name(), shown.notes());
        browser().assertAccessible();

        assertThat(api().get("public/evaluation.xhtml?id=" + hidden.id(), null).statusCode()).isEqualTo(404);
        assertThat(api().get("public/evaluation.xhtml", null).statusCode()).isEqualTo(404);
        browser().open("/public/index.xhtml");
        assertThat(page()).contains(shown.title()).doesNotContain(hidden.title());
    }

    @Test
    void a_programme_shows_only_published_answers_and_an_open_one_is_not_found() {
        DialogueApi dialogue = new DialogueApi(api());
        JsonObject project = dialogue.validatedProject();
        int year = JsonBodies.object(api().get("api/programmes/" + project.getJsonNumber("programmeId"), DemoAccounts.POLE)
                .body()).getInt("year");
        long directorate = dialogue.directorateOf(DemoAccounts.DIRECTORATE);
        long published = answered(project, directorate, "Ouvrir la médiathèque le dimanche", "Retenu pour 2027");
        answered(project, directorate, "Un budget participatif secret", "Réponse encore interne");
        assertThat(api().post("api/recommendations/" + published + "/publication", DemoAccounts.POLE, DialogueApi.JSON, "{}")
                .statusCode()).isEqualTo(200);

        browser().open("/public/programme.xhtml?year=" + year);

        assertThat(browser().heading()).isEqualTo("Programme du dialogue citoyen " + year);
        assertThat(page()).contains(project.getString("title"), "Ouvrir la médiathèque le dimanche", "Retenu pour 2027")
                .doesNotContain("Un budget participatif secret", "Réponse encore interne");
        assertThat(browser().text(By.id("onTimeRate"))).isEqualTo("100 %");
        browser().assertAccessible();

        int open = dialogue.openProgrammeAcceptingToday().getInt("year");
        assertThat(api().get("public/programme.xhtml?year=" + open, null).statusCode()).isEqualTo(404);
        assertThat(api().get("public/programme.xhtml?year=1999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_large_programme_shows_its_projects_twenty_a_page_and_its_figures_whole() {
        JsonObject large = JsonBodies.object(api().get("api/programmes?status=VALIDATED&sort=-year&size=100",
                        DemoAccounts.POLE).body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("retainedCount") > 20).findFirst().orElseThrow();
        int year = large.getInt("year");
        int projects = large.getInt("retainedCount");

        browser().open("/public/programme.xhtml?year=" + year);
        assertThat(browser().text(By.id("projectRange"))).isEqualTo("Projets 1 à 20 sur " + projects);
        assertThat(browser().text(By.id("programmeFacts"))).contains(String.valueOf(projects));
        assertThat(browser().driver().findElements(By.cssSelector("section.public-project"))).hasSize(20);
        assertThat(browser().driver().findElements(By.id("previousProjects"))).isEmpty();
        browser().assertAccessible();

        browser().clickAndWaitForNextPage(By.id("nextProjects"));
        assertThat(browser().path()).isEqualTo("/public/programme.xhtml?year=" + year + "&page=1");
        assertThat(browser().text(By.id("projectRange"))).isEqualTo("Projets 21 à " + Math.min(40, projects) + " sur " + projects);
        assertThat(browser().driver().findElements(By.cssSelector("section.public-project"))).hasSize(Math.min(20, projects - 20));
        browser().chooseLanguage("en");
        assertThat(browser().path()).contains("year=" + year, "page=1");
        assertThat(browser().text(By.id("projectRange"))).isEqualTo("Projects 21 to " + Math.min(40, projects) + " of " + projects);
        browser().assertAccessible();
        browser().clickAndWaitForNextPage(By.id("previousProjects"));
        assertThat(browser().text(By.id("projectRange"))).isEqualTo("Projects 1 to 20 of " + projects);
    }

    @Test
    void the_workshops_page_shows_published_notes_and_nothing_confidential() {
        PublicContent content = new PublicContent(api());
        PublicContent.Workshop published = content.workshop(true);
        PublicContent.Workshop draft = content.workshop(false);

        browser().open("/public/workshops.xhtml");

        assertThat(browser().text(By.id("synthesis-" + published.id()))).contains(published.title(), published.note());
        assertThat(page()).doesNotContain(draft.note(), published.minutes(), draft.minutes(), published.amendment(),
                "La proximité d'abord");
        assertThat(browser().driver().findElements(By.id("synthesis-" + draft.id()))).isEmpty();
        browser().assertAccessible();
    }

    @Test
    void the_pole_publishes_a_report_from_the_evaluation_page() {
        PublicContent.Report report = new PublicContent(api()).reported("bouton");
        try (Browser pole = new Browser(base)) {
            pole.signIn(DemoAccounts.POLE);
            pole.open("/evaluation/evaluation.xhtml?id=" + report.id());
            pole.assertAccessible();
            pole.driver().findElement(By.id("reportPublication:askPublishReport")).click();
            assertThat(pole.shown(By.id("reportPublication:confirmPublication")).getText())
                    .contains("Toute personne, sans compte, pourra lire le rapport", "Une publication ne se retire pas.");
            pole.waitForFocus("reportPublication:confirmPublication");
            pole.assertAccessible();
            pole.clickAndWaitForNextPage(By.id("reportPublication:publishReport"));
            assertThat(pole.path()).as("the address still names the evaluation").isEqualTo("/evaluation/evaluation.xhtml?id=" + report.id());

            assertThat(pole.text(By.cssSelector(".message-info"))).isEqualTo("Le rapport est publié.");
            assertThat(pole.text(By.id("reportPublished"))).contains("Le rapport est publié.");
            assertThat(pole.driver().findElements(By.id("reportPublication:askPublishReport"))).isEmpty();
            pole.assertAccessible();
        }

        browser().open("/public/evaluation.xhtml?id=" + report.id());
        assertThat(browser().heading()).isEqualTo(report.title());
    }

    @Test
    void the_synthesis_notes_show_ten_a_page_and_the_index_links_each_title_to_its_page() {
        PublicContent content = new PublicContent(api());
        while (publishedNotes() <= 10) {
            content.workshop(true);
        }
        long total = publishedNotes();
        long last = Math.min(20, total);

        browser().open("/public/workshops.xhtml");
        // text() waits for the page, findElements does not
        assertThat(browser().text(By.id("noteRange"))).isEqualTo("Notes 1 à 10 sur " + total);
        assertThat(browser().driver().findElements(By.cssSelector("article.synthesis"))).hasSize(10);
        assertThat(browser().driver().findElements(By.id("newerNotes"))).isEmpty();
        browser().assertAccessible();

        browser().clickAndWaitForNextPage(By.id("olderNotes"));
        assertThat(browser().path()).isEqualTo("/public/workshops.xhtml?page=1");
        assertThat(browser().text(By.id("noteRange"))).isEqualTo("Notes 11 à " + last + " sur " + total);
        String eleventh = browser().driver().findElement(By.cssSelector("article.synthesis")).getAttribute("id");
        browser().chooseLanguage("en");
        assertThat(browser().path()).contains("page=1");
        assertThat(browser().text(By.id("noteRange"))).isEqualTo("Notes 11 to " + last + " of " + total);
        browser().assertAccessible();

        browser().open("/public/index.xhtml?notes=1");
        assertThat(browser().text(By.id("noteRange"))).isEqualTo("Notes 11 to " + last + " of " + total);
        assertThat(browser().driver().findElement(By.cssSelector("#synthesisTitles a")).getAttribute("href"))
                .as("a title leads to its note on the notes' page of the same number")
                .endsWith("/public/workshops.xhtml?page=1#" + eleventh);
        browser().assertAccessible();
        browser().clickAndWaitForNextPage(By.id("newerNotes"));
        assertThat(browser().path()).isEqualTo("/public/index.xhtml?notes=0&reports=0");
        assertThat(browser().text(By.id("noteRange"))).isEqualTo("Notes 1 to 10 of " + total);
        browser().clickAndWaitForNextPage(By.cssSelector("#synthesisTitles a"));
        assertThat(browser().path()).startsWith("/public/workshops.xhtml");
        assertThat(browser().text(By.id("noteRange"))).isEqualTo("Notes 1 to 10 of " + total);

        browser().open("/public/index.xhtml?reports=500");
        assertThat(browser().text(By.id("reportTitles"))).as("past the last page of reports, the last: the oldest, the seed's")
                .contains("Ateliers prospectifs");
    }

    private long publishedNotes() {
        return JsonBodies.object(api().get("api/public/syntheses?size=1", null).body()).getJsonNumber("total").longValue();
    }

    @Test
    void an_anonymous_visitor_reads_the_public_pages_in_english() {
        browser().open("/public/index.xhtml");
        browser().chooseLanguage("en");

        assertThat(browser().heading()).isEqualTo("What the city publishes");
        assertThat(browser().text(By.id("reportsHeading"))).isEqualTo("Evaluation reports");
        browser().assertAccessible();

        browser().clickAndWaitForNextPage(By.partialLinkText("Ateliers prospectifs"));
        assertThat(browser().text(By.id("reportQuotesHeading"))).isEqualTo("What people said");
        assertThat(browser().text(By.id("reportQuotes"))).contains("— Elected official");
        browser().assertAccessible();

        browser().open("/public/workshops.xhtml");
        assertThat(browser().heading()).isEqualTo("Workshop synthesis notes");
        browser().assertAccessible();
    }

    private long answered(JsonObject project, long directorate, String text, String answer) {
        JsonObject recommendation = JsonBodies.object(api().post("api/projects/" + project.getJsonNumber("id")
                + "/recommendations", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"text\":\"" + text + "\",\"directorateId\":" + directorate + "}").body());
        long id = recommendation.getJsonNumber("id").longValue();
        assertThat(new DialogueApi(api()).answer(id, DemoAccounts.DIRECTORATE,
                "{\"position\":\"RETAINED\",\"text\":\"" + answer + "\"}").statusCode()).isEqualTo(200);
        return id;
    }
}
