package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The commitment dashboard as a directorate reads it: it answers recommendations on the recommendations
 * page, comes back, and the figures have moved; and the pipeline on the programme page. Figures are read
 * from the cells' data attributes; the demo programme's are compared before and after, never absolute.
 */
class CommitmentDashboardIT extends DeployedFabrique {

    private static final By OVERDUE_ROWS = By.cssSelector("#recommendations\\:overdue tbody tr[data-ri]");
    private static final By OTHER_ROWS = By.cssSelector("#recommendations\\:others tbody tr[data-ri]");

    private record Figures(long total, long awaiting, long overdue, long onTime, long late, String rate) {
    }

    /** The figures of a row of a table of the dashboard, e.g. {@code #programmes tr[data-programme='3']}. */
    private static Figures figures(Browser browser, String row) {
        return new Figures(figure(browser, row, "total"), figure(browser, row, "awaiting"), figure(browser, row, "overdue"),
                figure(browser, row, "answeredOnTime"), figure(browser, row, "answeredLate"),
                browser.driver().findElement(By.cssSelector(row + " td[data-figure='onTimeRate']")).getDomAttribute("data-value"));
    }

    private static long figure(Browser browser, String row, String name) {
        return Long.parseLong(browser.text(By.cssSelector(row + " td[data-figure='" + name + "']")));
    }

    private long record(long projectId, long directorateId, String text) {
        HttpResponse<String> response = api().post("api/projects/" + projectId + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + directorateId + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    /** Answers the first recommendation of a table of the recommendations page: retained, with a text. */
    private static void answerFirst(Browser browser, By rows) {
        int before = browser.driver().findElements(rows).size();
        browser.driver().findElement(By.cssSelector(cssOf(rows) + " button[id$=':respond']")).click();
        new Select(browser.shown(By.cssSelector("[id$=':answerPosition']"))).selectByVisibleText("Retenue");
        browser.shown(By.cssSelector("[id$=':answerText']")).sendKeys("La direction retient la proposition.");
        browser.shown(By.cssSelector("[id$=':saveAnswer']")).click();
        assertThat(browser.text(By.cssSelector(".message-info"))).isEqualTo("Réponse enregistrée.");
        if (rows == OVERDUE_ROWS) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(rows).size() == before - 1);
        }
    }

    private static String cssOf(By by) {
        return by.toString().substring("By.cssSelector: ".length());
    }

    @Test
    void the_directorate_answers_recommendations_and_the_dashboards_figures_move() {
        DialogueApi dialogue = new DialogueApi(api());
        JsonObject project = dialogue.validatedProject();
        long programme = project.getJsonNumber("programmeId").longValue();
        long culture = dialogue.directorateOf(DemoAccounts.DIRECTORATE);
        record(project.getJsonNumber("id").longValue(), culture, "Ouvrir la médiathèque le dimanche");
        record(project.getJsonNumber("id").longValue(), culture, "Des ateliers pour les familles");
        int year = DialogueApi.today().getYear();
        long demo = programmeOfYear(year);
        String mine = "#programmes tr[data-programme='" + programme + "']";
        String whole = "#directorates tr[data-directorate='all']";
        String cultureRow = "#directorates tr[data-directorate='" + culture + "']";

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            assertThat(browser.menu()).contains("Tableau de bord");
            browser.driver().findElement(By.xpath("//nav[@class='main-menu']//summary[.='Dialogue citoyen']")).click();
            browser.clickAndWaitForNextPage(By.linkText("Tableau de bord"));
            assertThat(browser.heading()).isEqualTo("Tableau de bord des engagements");
            assertThat(browser.text(By.id("selectedProgramme"))).as("a programme is shown by default").isNotBlank();

            browser.open("/dialogue/dashboard.xhtml?programme=" + programme);
            assertThat(figures(browser, mine)).isEqualTo(new Figures(2, 2, 0, 0, 0, null));
            assertThat(browser.text(By.cssSelector(mine + " td[data-figure='onTimeRate']"))).contains("—");
            assertThat(figures(browser, cultureRow)).isEqualTo(new Figures(2, 2, 0, 0, 0, null));
            assertThat(browser.text(By.cssSelector(cultureRow + " th"))).contains("Direction de la culture", "(votre direction)");
            browser.assertAccessible();

            browser.open("/dialogue/dashboard.xhtml?programme=" + demo);
            Figures demoBefore = figures(browser, whole);
            Figures demoCultureBefore = figures(browser, cultureRow);
            assertThat(demoCultureBefore.overdue()).as("the demo gives Culture overdue recommendations").isPositive();

            browser.open("/dialogue/dashboard.xhtml?programme=" + programme);

            browser.clickAndWaitForNextPage(By.id("recommendationsLink"));
            assertThat(browser.text(By.id("programmeFilter"))).contains(String.valueOf(JsonBodies.object(
                    api().get("api/programmes/" + programme, DemoAccounts.POLE).body()).getInt("year")));
            assertThat(browser.driver().findElements(OVERDUE_ROWS)).isEmpty();
            assertThat(browser.driver().findElements(OTHER_ROWS)).hasSize(2);
            answerFirst(browser, OTHER_ROWS);

            browser.open("/dialogue/recommendations.xhtml?programme=" + demo);
            answerFirst(browser, OVERDUE_ROWS);

            browser.open("/dialogue/dashboard.xhtml?programme=" + programme);
            assertThat(figures(browser, mine)).as("answered by its due date").isEqualTo(new Figures(2, 1, 0, 1, 0, "1.0"));
            assertThat(browser.text(By.cssSelector(mine + " td[data-figure='onTimeRate']"))).contains("100").contains("%");
            assertThat(figures(browser, cultureRow)).isEqualTo(new Figures(2, 1, 0, 1, 0, "1.0"));
            browser.assertAccessible();

            browser.open("/dialogue/dashboard.xhtml?programme=" + demo);
            assertThat(figures(browser, whole)).as("an overdue recommendation answered is answered late")
                    .isEqualTo(late(demoBefore));
            assertThat(figures(browser, cultureRow)).isEqualTo(late(demoCultureBefore));
        }
    }

    /** The figures once one overdue recommendation is answered: late; the rate does not move. */
    private static Figures late(Figures before) {
        return new Figures(before.total(), before.awaiting() - 1, before.overdue() - 1, before.onTime(), before.late() + 1,
                before.rate());
    }

    private long programmeOfYear(int year) {
        return JsonBodies.object(api().get("api/programmes?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getInt("year") == year).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void the_programme_page_shows_the_pipeline_at_a_glance_to_the_pole_and_elected_officials() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long culture = dialogue.directorateOf(DemoAccounts.DIRECTORATE);
        dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE);
        long submitted = dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        assertThat(dialogue.submit(submitted, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE_2);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            assertThat(browser.text(By.id("pipelineHeading"))).isEqualTo("Le programme en un coup d'œil");
            assertThat(browser.text(By.cssSelector("#pipelineStages td[data-stage='DRAFT']"))).isEqualTo("2");
            assertThat(browser.text(By.cssSelector("#pipelineStages td[data-stage='SUBMITTED']"))).isEqualTo("1");
            assertThat(browser.text(By.cssSelector("#pipelineStages td[data-stage='total']"))).isEqualTo("3");
            assertThat(browser.driver().findElements(By.cssSelector("#pipelineStages td[data-stage='RETAINED']")))
                    .as("only the stages the programme has candidates at").isEmpty();
            String cultureRow = "#pipelineDirectorate tr[data-key='" + culture + "']";
            assertThat(browser.text(By.cssSelector(cultureRow + " th"))).isEqualTo("Direction de la culture");
            assertThat(browser.text(By.cssSelector(cultureRow + " td[data-stage='total']"))).isEqualTo("2");
            assertThat(browser.text(By.cssSelector("#pipelineScale tr[data-key='CITY'] th"))).isEqualTo("Ville");
            assertThat(browser.text(By.cssSelector("#pipelineScale tr[data-key='CITY'] td[data-stage='total']"))).isEqualTo("3");
            assertThat(browser.text(By.cssSelector("#pipelinePolicy tbody"))).isNotBlank();
            browser.assertAccessible();
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            assertThat(browser.text(By.id("candidatesHeading"))).isNotBlank();
            assertThat(browser.driver().findElements(By.id("pipeline"))).as("the pôle's and elected officials'").isEmpty();
        }
    }
}
