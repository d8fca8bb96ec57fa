package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme's candidates can be searched: by title or summary, status, decision, directorate, policy, scale and
 * neighbourhood, the filters in the address (reload keeps them), sorted by the database; the API takes the same
 * filters and sorts, and a directorate still sees only its own.
 */
class CandidateFiltersIT extends DeployedFabrique {

    private static final By ROWS = By.cssSelector("#candidates tbody tr[data-ri]");

    private long draft(DialogueApi dialogue, long programme, String username, String title) {
        HttpResponse<String> response = dialogue.draft(programme, username, dialogue.completeCandidate(title));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    private List<String> titles(long programme, String query, String username) {
        HttpResponse<String> answer = api().get("api/programmes/" + programme + "/candidates?" + query, username);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .map(c -> c.getString("title")).toList();
    }

    @Test
    void the_pole_narrows_the_candidates_and_the_address_keeps_the_filters() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String word = "Tri" + System.nanoTime() % 1_000_000;
        long garden = draft(dialogue, programme, DemoAccounts.DIRECTORATE, "Jardin " + word + " partagé");
        draft(dialogue, programme, DemoAccounts.DIRECTORATE, "Halle " + word + " couverte");
        draft(dialogue, programme, DemoAccounts.DIRECTORATE_2, "Piste " + word + " cyclable");
        assertThat(dialogue.submit(garden, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        long other = dialogue.directorateOf(DemoAccounts.DIRECTORATE_2);

        assertThat(titles(programme, "q=" + word.toLowerCase() + "&sort=title", DemoAccounts.POLE))
                .as("by title, whatever the case").containsExactly("Halle " + word + " couverte",
                        "Jardin " + word + " partagé", "Piste " + word + " cyclable");
        assertThat(titles(programme, "q=" + word + "&sort=-title", DemoAccounts.ELECTED)).first()
                .isEqualTo("Piste " + word + " cyclable");
        assertThat(titles(programme, "q=" + word + "&status=SUBMITTED&scale=CITY", DemoAccounts.POLE))
                .containsExactly("Jardin " + word + " partagé");
        assertThat(titles(programme, "q=" + word + "&sort=status,-title", DemoAccounts.POLE))
                .as("drafts before submitted ones").last().isEqualTo("Jardin " + word + " partagé");
        assertThat(titles(programme, "q=" + word + "&directorateId=" + other, DemoAccounts.POLE))
                .containsExactly("Piste " + word + " cyclable");
        assertThat(titles(programme, "q=" + word + "&decision=RETAINED", DemoAccounts.POLE)).isEmpty();
        assertThat(titles(programme, "q=" + word + "&directorateId=" + other, DemoAccounts.DIRECTORATE))
                .as("a directorate sees its own, whatever it asks").doesNotContain("Piste " + word + " cyclable")
                .hasSize(2);
        for (String bad : List.of("status=LATE", "sort=directorate", "sort=title,title", "scale=TOWN", "policyId=abc",
                "decision=YES")) {
            assertThat(api().get("api/programmes/" + programme + "/candidates?" + bad, DemoAccounts.POLE).statusCode())
                    .as(bad).isEqualTo(400);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/programme.xhtml?id=" + programme);
            browser.shown(By.id("q")).sendKeys(word);
            new Select(browser.driver().findElement(By.id("statusFilter"))).selectByVisibleText("Brouillon");
            browser.clickAndWaitForNextPage(By.id("filter"));

            assertThat(browser.path()).contains("id=" + programme).contains("q=" + word).contains("status=DRAFT");
            List<WebElement> rows = browser.driver().findElements(ROWS);
            assertThat(rows).extracting(WebElement::getText).as("the two drafts").hasSize(2)
                    .anySatisfy(text -> assertThat(text).contains("Halle " + word))
                    .anySatisfy(text -> assertThat(text).contains("Piste " + word));
            browser.assertAccessible();

            browser.reload();
            assertThat(browser.driver().findElements(ROWS)).as("reloaded, still filtered").hasSize(2);
            assertThat(new Select(browser.driver().findElement(By.id("statusFilter"))).getFirstSelectedOption().getText())
                    .isEqualTo("Brouillon");
            browser.clickAndWaitForNextPage(By.id("clearFilters"));
            assertThat(browser.path()).isEqualTo("/dialogue/programme.xhtml?id=" + programme);
            assertThat(browser.driver().findElements(ROWS).size()).isGreaterThan(2);
        }
    }
}
