package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A record's page, and each page under a record, says above its title where it sits, each step a link back but
 * the page itself: a programme, its arbitration screen, its projects, a project; an evaluation's indicators.
 */
class BreadcrumbsIT extends DeployedFabrique {

    private static List<String> crumbs(Browser browser) {
        return browser.driver().findElements(By.cssSelector("nav.breadcrumbs li")).stream().map(WebElement::getText).toList();
    }

    private static void leadsBack(Browser browser, String path, List<String> expected) {
        browser.open(path);
        assertThat(crumbs(browser)).as(browser.pageText()).isEqualTo(expected);
        List<WebElement> items = browser.driver().findElements(By.cssSelector("nav.breadcrumbs li"));
        for (int i = 0; i < items.size() - 1; i++) {
            assertThat(items.get(i).findElements(By.tagName("a"))).as("%s: « %s » leads back", path, expected.get(i)).hasSize(1);
        }
        assertThat(items.get(items.size() - 1).getDomAttribute("aria-current")).as(path).isEqualTo("page");
    }

    @Test
    void the_pages_of_a_programme_and_of_an_evaluation_say_where_they_sit() {
        JsonObject project = new DialogueApi(api()).pooledProject();
        long programme = project.getJsonNumber("programmeId").longValue();
        String year = "Programme " + JsonBodies.object(api().get("api/programmes/" + programme, DemoAccounts.POLE).body())
                .getJsonNumber("year");
        long evaluation = new EvaluationApi(api()).frame();
        String title = new EvaluationApi(api()).get(evaluation).getString("title");

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            leadsBack(browser, "/dialogue/programme.xhtml?id=" + programme, List.of("Dialogue citoyen", year));
            leadsBack(browser, "/dialogue/arbitration.xhtml?programme=" + programme, List.of("Dialogue citoyen", year, "Arbitrage"));
            leadsBack(browser, "/dialogue/projects.xhtml?programme=" + programme,
                    List.of("Dialogue citoyen", year, "Démarches de dialogue"));
            browser.assertAccessible();
            leadsBack(browser, "/dialogue/project.xhtml?id=" + project.getJsonNumber("id"),
                    List.of("Dialogue citoyen", year, project.getString("title")));
            leadsBack(browser, "/evaluation/indicators.xhtml?evaluation=" + evaluation, List.of("Évaluations", title, "Indicateurs"));
            browser.assertAccessible();
            browser.clickAndWaitForNextPage(By.id("evaluationCrumb"));
            assertThat(browser.path()).isEqualTo("/evaluation/evaluation.xhtml?id=" + evaluation);
        }
    }
}
