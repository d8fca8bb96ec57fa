package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workshops and the evaluations can be searched: by text, step, kind or type and policy, the filters in the
 * address (reload keeps them), sorted by the database; the API takes the same filters and sorts and refuses
 * unknown ones with a 400.
 */
class ListFiltersIT extends DeployedFabrique {

    private static final List<String> WORKSHOP_STEPS = List.of("PREPARATION", "EXPLORATORY", "RESOURCE", "SCENARIO",
            "ADOPTED", "ACTION_PLAN", "CLOSED");
    private static final List<String> EVALUATION_STEPS = List.of("FRAMING", "DATA_COLLECTION", "ANALYSIS", "REPORTED",
            "FOLLOW_UP");

    private List<JsonObject> items(String path, String username) {
        HttpResponse<String> answer = api().get(path, username);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_workshops_filter_and_sort_in_the_api_and_on_the_page() {
        assertThat(items("api/workshops?q=" + encoded("PERSONNES ÂGÉES"), DemoAccounts.PARTICIPANT))
                .extracting(w -> w.getString("title")).as("the title, whatever the case").contains("Atelier Personnes âgées")
                .allSatisfy(title -> assertThat(title.toLowerCase()).contains("personnes âgées"));
        List<JsonObject> closed = items("api/workshops?status=CLOSED&size=500", DemoAccounts.ELECTED);
        assertThat(closed).isNotEmpty().allSatisfy(w -> assertThat(w.getString("status")).isEqualTo("CLOSED"));
        assertThat(items("api/workshops?kind=MAJOR_ISSUE&size=500", DemoAccounts.POLE))
                .allSatisfy(w -> assertThat(w.getString("kind")).isEqualTo("MAJOR_ISSUE"));
        assertThat(items("api/workshops?sort=-status,title&size=500", DemoAccounts.POLE))
                .extracting(w -> WORKSHOP_STEPS.indexOf(w.getString("status")))
                .as("the method's order, last step first").isSortedAccordingTo(Comparator.reverseOrder());
        for (String bad : List.of("status=OPEN", "kind=CITY", "sort=president", "sort=title,-title", "policyId=-", "cycleId=x")) {
            assertThat(api().get("api/workshops?" + bad, DemoAccounts.POLE).statusCode()).as(bad).isIn(400);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/prospective/workshops.xhtml");
            new Select(browser.driver().findElement(By.id("status"))).selectByVisibleText("Clos");
            browser.clickAndWaitForNextPage(By.id("filter"));
            assertThat(browser.path()).contains("status=CLOSED");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#workshops tbody tr[data-ri]"));
            assertThat(rows).hasSize(Math.min(20, closed.size()))
                    .allSatisfy(row -> assertThat(row.getText()).contains("Clos"));
            browser.assertAccessible();
            browser.reload();
            assertThat(new Select(browser.driver().findElement(By.id("status"))).getFirstSelectedOption().getText())
                    .as("reloaded, the filter is still chosen").isEqualTo("Clos");
            assertThat(browser.driver().findElements(By.cssSelector("#cycles a")))
                    .extracting(a -> a.getDomAttribute("href")).as("a cycle's link names its cycle only")
                    .first().isEqualTo("/prospective/workshops.xhtml");
            browser.clickAndWaitForNextPage(By.id("clearFilters"));
            assertThat(browser.path()).isEqualTo("/prospective/workshops.xhtml");
        }
    }

    @Test
    void the_evaluations_filter_and_sort_in_the_api_and_on_the_page() {
        assertThat(items("api/evaluations?q=ateliers+PROSPECTIFS", DemoAccounts.DIRECTORATE))
                .extracting(e -> e.getString("title")).contains("Évaluation des Ateliers prospectifs 2008–2013");
        assertThat(items("api/evaluations?status=FOLLOW_UP&type=EX_POST&size=500", DemoAccounts.POLE))
                .allSatisfy(e -> assertThat(e.getString("status")).isEqualTo("FOLLOW_UP"))
                .allSatisfy(e -> assertThat(e.getString("type")).isEqualTo("EX_POST"));
        assertThat(items("api/evaluations?sort=status&size=500", DemoAccounts.POLE))
                .extracting(e -> EVALUATION_STEPS.indexOf(e.getString("status"))).as("the steps' order")
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(items("api/evaluations?sort=-programmeYear,title&size=500", DemoAccounts.POLE))
                .extracting(e -> e.getInt("programmeYear")).isSortedAccordingTo(Comparator.reverseOrder());
        for (String bad : List.of("status=DONE", "type=LATE", "sort=budget", "sort=-", "programmeYear=20x4")) {
            assertThat(api().get("api/evaluations?" + bad, DemoAccounts.POLE).statusCode()).as(bad).isEqualTo(400);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/evaluations.xhtml");
            browser.driver().findElement(By.id("q")).sendKeys("ateliers prospectifs");
            browser.clickAndWaitForNextPage(By.id("filter"));
            assertThat(browser.path()).contains("q=ateliers+prospectifs");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#evaluations tbody tr[data-ri]"));
            // the text is found in the title or the object, which the list does not show: the page lists what the API finds
            List<String> found = items("api/evaluations?q=ateliers+prospectifs&size=20", DemoAccounts.POLE).stream()
                    .map(e -> e.getString("title")).toList();
            assertThat(rows).extracting(row -> row.findElement(By.tagName("a")).getText())
                    .contains("Évaluation des Ateliers prospectifs 2008–2013").containsExactlyInAnyOrderElementsOf(found);
            browser.assertAccessible();
            browser.reload();
            assertThat(browser.driver().findElement(By.id("q")).getDomProperty("value")).isEqualTo("ateliers prospectifs");
            assertThat(browser.driver().findElements(By.cssSelector("#evaluations tbody tr[data-ri]"))).hasSize(rows.size());
        }
    }

    @Test
    void the_programmes_and_their_projects_filter_and_sort_in_the_api_and_on_the_page() {
        List<JsonObject> validated = items("api/programmes?status=VALIDATED&sort=year", DemoAccounts.DIRECTORATE);
        assertThat(validated).isNotEmpty().allSatisfy(p -> assertThat(p.getString("status")).isEqualTo("VALIDATED"))
                .extracting(p -> p.getInt("year")).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(items("api/programmes?sort=-year", DemoAccounts.PARTICIPANT)).extracting(p -> p.getInt("year"))
                .isSortedAccordingTo(Comparator.reverseOrder());
        for (String bad : List.of("status=DONE", "sort=title", "sort=year,year")) {
            assertThat(api().get("api/programmes?" + bad, DemoAccounts.POLE).statusCode()).as(bad).isEqualTo(400);
        }

        int thisYear = java.time.LocalDate.now().getYear(); // the demo's programmes are of last year, this year and next year
        long programme = validated.stream().filter(p -> Math.abs(p.getInt("year") - thisYear) <= 1).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String projects = "api/programmes/" + programme + "/projects?size=500";
        List<JsonObject> all = items(projects, DemoAccounts.ELECTED);
        assertThat(all).hasSizeGreaterThan(1);
        long directorate = all.get(0).getJsonNumber("directorateId").longValue();
        long expected = all.stream().filter(d -> d.getJsonNumber("directorateId").longValue() == directorate).count();
        assertThat(items(projects + "&directorateId=" + directorate, DemoAccounts.ELECTED)).hasSize((int) expected)
                .allSatisfy(d -> assertThat(d.getJsonNumber("directorateId").longValue()).isEqualTo(directorate));
        String title = all.get(0).getString("title");
        assertThat(items(projects + "&q=" + encoded(title.toUpperCase()), DemoAccounts.ELECTED))
                .extracting(d -> d.getString("title")).contains(title);
        assertThat(items(projects + "&scale=CITY", DemoAccounts.ELECTED))
                .allSatisfy(d -> assertThat(d.getString("scale")).isEqualTo("CITY"));
        List<String> byTitle = items(projects + "&sort=title", DemoAccounts.ELECTED).stream()
                .map(d -> d.getString("title")).toList();
        List<String> reversed = new java.util.ArrayList<>(items(projects + "&sort=-title", DemoAccounts.ELECTED).stream()
                .map(d -> d.getString("title")).toList());
        java.util.Collections.reverse(reversed);
        assertThat(reversed).as("the database sorts, both ways").isEqualTo(byTitle);
        for (String bad : List.of("scale=STREET", "sort=directorate", "directorateId=x", "neighbourhoodId=1.5")) {
            assertThat(api().get(projects + "&" + bad, DemoAccounts.POLE).statusCode()).as(bad).isEqualTo(400);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open("/dialogue/projects.xhtml?programme=" + programme);
            new Select(browser.driver().findElement(By.id("directorate"))).selectByValue(String.valueOf(directorate));
            browser.clickAndWaitForNextPage(By.id("filter"));
            assertThat(browser.path()).contains("programme=" + programme).contains("directorate=" + directorate);
            assertThat(browser.driver().findElements(By.cssSelector("#projects tbody tr[data-ri]")))
                    .hasSize((int) Math.min(20, expected));
            browser.assertAccessible();
            browser.reload();
            assertThat(new Select(browser.driver().findElement(By.id("directorate"))).getFirstSelectedOption()
                    .getDomAttribute("value")).as("reloaded, the filter is still chosen").isEqualTo(String.valueOf(directorate));
            browser.clickAndWaitForNextPage(By.id("clearFilters"));
            assertThat(browser.path()).isEqualTo("/dialogue/projects.xhtml?programme=" + programme);
            assertThat(browser.driver().findElements(By.cssSelector("#projects tbody tr[data-ri]")))
                    .hasSize(Math.min(20, all.size()));
        }
    }
}
