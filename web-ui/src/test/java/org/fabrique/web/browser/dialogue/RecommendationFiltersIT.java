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
 * The recommendations can be searched: by text or project, directorate, stage and due days, the filters in the address
 * (reload and bookmark keep them), the columns sorted by the database; the API takes the same filters and sorts.
 */
class RecommendationFiltersIT extends DeployedFabrique {

    private static final By ROWS = By.cssSelector("#recommendations tbody tr[data-ri]");

    private long record(long project, long directorate, String text) {
        HttpResponse<String> response = api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + directorate + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    private List<JsonObject> list(String query, String username) {
        HttpResponse<String> answer = api().get("api/recommendations?" + query, username);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    @Test
    void the_pole_narrows_the_list_and_the_address_keeps_the_filters() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        long culture = dialogue.directorateOf(DemoAccounts.DIRECTORATE);
        String word = "Filtre" + System.nanoTime() % 1_000_000;
        long first = record(project, culture, "Ouvrir la salle " + word + " le dimanche");
        long second = record(project, culture, "Planter des arbres " + word + " dans la cour");
        record(project, culture, "Une autre idée sans le mot");
        assertThat(dialogue.answer(second, DemoAccounts.DIRECTORATE, "{\"position\":\"RETAINED\",\"text\":\"Oui\"}")
                .statusCode()).isEqualTo(200);

        assertThat(list("q=" + word.toLowerCase(), DemoAccounts.POLE)).extracting(r -> r.getJsonNumber("id").longValue())
                .as("the text, whatever the case").containsExactlyInAnyOrder(first, second);
        assertThat(list("q=" + word + "&status=ANSWERED&published=false", DemoAccounts.POLE))
                .extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(second);
        assertThat(list("q=" + word + "&sort=-text", DemoAccounts.POLE)).extracting(r -> r.getString("text"))
                .containsExactly("Planter des arbres " + word + " dans la cour", "Ouvrir la salle " + word + " le dimanche");
        assertThat(list("q=" + word + "&dueBefore=2000-01-01", DemoAccounts.POLE)).isEmpty();
        assertThat(list("q=" + word, DemoAccounts.DIRECTORATE_2)).as("another directorate's").isEmpty();
        for (String bad : List.of("status=LATE", "dueAfter=demain", "sort=directorate", "published=oui")) {
            assertThat(api().get("api/recommendations?" + bad, DemoAccounts.POLE).statusCode()).as(bad).isEqualTo(400);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/recommendations.xhtml");
            browser.driver().findElement(By.id("q")).sendKeys(word);
            new Select(browser.driver().findElement(By.id("stage"))).selectByVisibleText("En attente de réponse");
            browser.clickAndWaitForNextPage(By.id("filter"));

            assertThat(browser.path()).contains("q=" + word).contains("stage=AWAITING_ANSWER");
            List<WebElement> rows = browser.driver().findElements(ROWS);
            assertThat(rows).as("only the one awaiting its answer").hasSize(1);
            assertThat(rows.get(0).getText()).contains("Ouvrir la salle " + word);
            browser.assertAccessible();

            browser.reload();
            assertThat(browser.driver().findElements(ROWS)).as("reloaded, still filtered").hasSize(1);
            assertThat(browser.driver().findElement(By.id("q")).getDomProperty("value")).isEqualTo(word);
            browser.clickAndWaitForNextPage(By.id("clearFilters"));
            assertThat(browser.path()).isEqualTo("/dialogue/recommendations.xhtml");
            assertThat(browser.driver().findElements(ROWS).size()).isGreaterThan(1);
        }
    }
}
