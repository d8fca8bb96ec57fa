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
import org.openqa.selenium.JavascriptExecutor;
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

    /** A validated programme of its own with recommendations of these texts, assigned to direction; its id. */
    private long programmeWith(List<String> texts) {
        JsonObject project = dialogue().validatedProject();
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

    private static By rowButton(String text, String id) {
        return By.xpath("//tr[td[contains(normalize-space(.), \"" + text + "\")]]//button[contains(@id, ':" + id + "')]");
    }

    private static boolean inViewport(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;", element));
    }

    private static String focused(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;"));
    }

    @Test
    void the_pole_corrects_a_recommendation_under_its_row() {
        String stamp = String.valueOf(System.nanoTime());
        String text = "Ouvrir la piscine le dimanhce " + stamp;
        long programme = programmeWith(List.of(text));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/recommendations.xhtml?programme=" + programme);
            browser.driver().findElement(rowButton(text, "askCorrect")).click();

            WebElement panel = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("[id$=':correction']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(inViewport(browser, panel)).as("the form opens in view").isTrue();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> focused(browser).endsWith(":correctText"));
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
    void the_pole_publishes_the_answers_it_ticks_after_reading_them() {
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
            assertThat(browser.driver().findElements(rowButton(published, "askCorrect"))).isEmpty();
            browser.signOut();

            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/recommendations.xhtml?programme=" + programme);
            browser.driver().findElement(By.id("bulk:openBulk")).click();
            String list = browser.text(By.id("bulk:bulkPanel"));
            assertThat(list).contains(published, "Réponse à " + published, kept, "Retenue avec modifications")
                    .doesNotContain(unanswered);
            assertThat(focused(browser)).startsWith("bulk:");
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
        }
        assertThat(dialogue().recommendation(idOf(programme, published)).getBoolean("published")).isTrue();
        assertThat(dialogue().recommendation(idOf(programme, kept)).getBoolean("published")).isFalse();
    }
}
