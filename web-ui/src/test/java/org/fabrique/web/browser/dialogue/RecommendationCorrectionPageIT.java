package org.fabrique.web.browser.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On the recommendations page, the pôle corrects a recommendation under its row and publishes answers in bulk after
 * seeing what becomes public; a directorate is offered neither.
 */
class RecommendationCorrectionPageIT extends DeployedFabrique {

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    /** One validated project for the class: a programme year is scarce (2000 to 2100, one programme each). */
    private static JsonObject project;

    /** The class's validated programme with recommendations of these texts, assigned to direction; its id. */
    private long programmeWith(List<String> texts) {
        if (project == null) {
            project = dialogue().validatedProject();
        }
        long culture = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        for (String text : texts) {
            HttpResponse<String> recorded = api().post("api/projects/" + project.getJsonNumber("id") + "/recommendations",
                    DemoAccounts.POLE, DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + culture + "}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
        return project.getJsonNumber("programmeId").longValue();
    }

    private long idOf(long programme, String text) {
        return JsonBodies.object(api().get("api/recommendations?size=500&programmeId=" + programme, DemoAccounts.POLE)
                .body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("text").equals(text)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void the_pole_corrects_a_recommendation_under_its_row() {
        String stamp = String.valueOf(System.nanoTime());
        String text = "Ouvrir la piscine le dimanhce " + stamp;
        long programme = programmeWith(List.of(text));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/recommendations.xhtml?programme=" + programme);
            browser.shown(Browser.rowButton(text, "askCorrect")).click();

            WebElement panel = browser.shown(By.cssSelector("[id$=':correction']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.focusedId().endsWith(":correctText"));
            assertThat(browser.inViewport(panel.findElement(By.cssSelector("textarea[id$=':correctText']"))))
                    .as("the form opens in view, its first field focused").isTrue();
            browser.assertAccessible();

            WebElement area = panel.findElement(By.cssSelector("textarea[id$=':correctText']"));
            area.clear();
            area.sendKeys("Ouvrir la piscine le dimanche " + stamp);
            new Select(panel.findElement(By.cssSelector("select[id$=':correctDirectorate']")))
                    .selectByVisibleText("Direction des sports");
            panel.findElement(By.cssSelector("button[id$=':correct']")).click();
            browser.waitForMessage("[id$=':correction']", "Ce champ est obligatoire.");
            assertThat(dialogue().recommendationVersion(idOf(programme, text))).as("nothing saved yet").isZero();

            panel = browser.driver().findElement(By.cssSelector("[id$=':correction']"));
            panel.findElement(By.cssSelector("textarea[id$=':correctReason']")).sendKeys("Faute de frappe, et la piscine relève des sports");
            panel.findElement(By.cssSelector("button[id$=':correct']")).click();

            browser.waitForInfo("Préconisation corrigée.");
            String row = browser.text(By.xpath("//tr[td[contains(normalize-space(.), \"dimanche " + stamp + "\")]]"));
            assertThat(row).contains("Direction des sports");
            assertThat(browser.path()).isEqualTo("/dialogue/recommendations.xhtml?programme=" + programme);
            browser.assertAccessible();
        }
    }

    @Test
    void the_pole_publishes_answers_in_bulk_or_one_by_one_after_reading_them() {
        String stamp = String.valueOf(System.nanoTime());
        String kept = "Des bancs à l'ombre " + stamp;
        String published = "Des fontaines au parc " + stamp;
        String unanswered = "Un kiosque à musique " + stamp;
        long programme = programmeWith(List.of(published, kept, unanswered));
        for (String text : List.of(published, kept)) {
            assertThat(dialogue().answer(idOf(programme, text), DemoAccounts.DIRECTORATE,
                    "{\"position\":\"RETAINED_WITH_CHANGES\",\"text\":\"Réponse à " + text + "\"}").statusCode()).isEqualTo(200);
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/recommendations.xhtml?programme=" + programme);
            assertThat(browser.driver().findElements(By.id("bulk:openBulk"))).as("offered to the pôle only").isEmpty();
            assertThat(browser.driver().findElements(Browser.rowButton(published, "askCorrect"))).isEmpty();
            browser.signOut();

            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/recommendations.xhtml?programme=" + programme);
            browser.shown(By.id("bulk:openBulk")).click();
            String list = browser.text(By.id("bulk:bulkPanel"));
            assertThat(list).contains(published, "Réponse à " + published, kept, "Retenue avec modifications")
                    .doesNotContain(unanswered);
            browser.waitForFocusIn("bulk:");
            browser.assertAccessible();

            By keptBoxAt = By.xpath("//li[label[contains(., \"" + kept + "\")]]/input[@type='checkbox']");
            WebElement keptBox = browser.driver().findElement(keptBoxAt);
            assertThat(keptBox.isSelected()).as("every answer ticked at first").isTrue();
            browser.choose(keptBoxAt);
            assertThat(keptBox.isSelected()).as("untick one").isFalse();
            browser.driver().findElement(By.id("bulk:publishBulk")).click();

            browser.waitForInfo("Une réponse publiée");
            assertThat(browser.driver().findElements(By.id("bulk:bulkPanel"))).isEmpty();
            browser.assertAccessible();
            assertThat(dialogue().recommendation(idOf(programme, published)).getBoolean("published")).isTrue();
            assertThat(dialogue().recommendation(idOf(programme, kept)).getBoolean("published")).isFalse();

            browser.shown(Browser.rowButton(kept, "askPublish")).click();
            WebElement confirm = browser.shown(By.cssSelector("[id$=':publication']"));
            assertThat(confirm.getText()).contains("Cette réponse deviendra publique", "Retenue avec modifications : Réponse à " + kept);
            assertThat(browser.inViewport(confirm)).as("the confirmation opens under its row, in view").isTrue();
            assertThat(browser.focusedId()).endsWith(":publication");
            assertThat(dialogue().recommendation(idOf(programme, kept)).getBoolean("published")).as("nothing public yet").isFalse();
            browser.assertAccessible();
            confirm.findElement(By.cssSelector("button[id$=':publish']")).click();

            browser.waitForInfo("Réponse publiée");
            assertThat(browser.driver().findElements(By.cssSelector("[id$=':publication']"))).isEmpty();
        }
        assertThat(dialogue().recommendation(idOf(programme, kept)).getBoolean("published")).isTrue();
    }
}
