package org.fabrique.web.browser.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a workshop's page, the pôle corrects an issue where it is listed and a resource under its row, and deletes one
 * recorded by mistake after confirming; an issue a resource informs offers no deletion until the resource no longer
 * informs it; another account is offered neither. Each change is in the workshop's history.
 */
class WorkshopCorrectionsPageIT extends DeployedFabrique {

    private static By issueButton(String title, String id) {
        return By.xpath("//ol[@id='issueList']/li[.//strong[contains(., \"" + title + "\")]]//button[contains(@id, ':"
                + id + "')]");
    }

    @Test
    void the_pole_corrects_and_deletes_issues_and_resources_where_they_are_shown() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop(prospective.newCycle()).getJsonNumber("id").longValue();
        prospective.advance(workshop);
        String stamp = String.valueOf(System.nanoTime());
        String slipped = "Vieilir chez soi " + stamp;
        String corrected = "Vieillir chez soi " + stamp;
        String mistaken = "Enjeu en double " + stamp;
        long slippedId = prospective.issue(workshop, slipped);
        prospective.issue(workshop, mistaken);
        String resource = "Résidences intergénérationnelles " + stamp;
        ProspectiveApi.created(api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE,
                ProspectiveApi.JSON, "{\"type\":\"BENCHMARK\",\"title\":\"" + resource + "\",\"source\":\"Ville de Rennes\","
                        + "\"issueIds\":[" + slippedId + "]}"));
        String page = "/prospective/workshop.xhtml?id=" + workshop;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open(page);
            assertThat(browser.text(By.id("issueList"))).contains(slipped, mistaken);
            assertThat(browser.driver().findElements(By.cssSelector("button[id$=':askCorrectIssue'],"
                    + "button[id$=':askDeleteIssue'],button[id$=':askCorrectResource'],button[id$=':askDeleteResource']")))
                    .as("only the pôle corrects").isEmpty();
            browser.signOut();

            browser.signIn(DemoAccounts.POLE);
            browser.open(page);
            assertThat(browser.driver().findElements(issueButton(slipped, "askDeleteIssue")))
                    .as("a resource informs it").isEmpty();

            browser.shown(issueButton(slipped, "askCorrectIssue")).click();
            WebElement panel = browser.shown(By.cssSelector("[id$=':issueCorrection']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.focusedId().endsWith(":title"));
            assertThat(browser.inViewport(panel.findElement(By.cssSelector("input[id$=':title']"))))
                    .as("the form opens where the issue is, its first field focused").isTrue();
            browser.assertAccessible();
            WebElement title = panel.findElement(By.cssSelector("input[id$=':title']"));
            title.clear();
            panel.findElement(By.cssSelector("button[id$=':saveIssue']")).click();
            browser.waitForMessage("[id$=':issueCorrection']", "Ce champ est obligatoire.");

            long version = prospective.issueVersions(workshop).get(slippedId);
            HttpResponse<String> meanwhile = prospective.put("api/workshops/" + workshop + "/issues/" + slippedId,
                    DemoAccounts.POLE, "{\"title\":\"" + slipped + "\",\"description\":\"Rester à domicile\",\"version\":"
                            + version + "}");
            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
            panel = browser.shown(By.cssSelector("[id$=':issueCorrection']"));
            panel.findElement(By.cssSelector("input[id$=':title']")).sendKeys(corrected);
            panel.findElement(By.cssSelector("button[id$=':saveIssue']")).click();
            browser.waitForMessage("[id$=':issueCorrection']", "Ce qui a changé : description");
            assertThat(browser.shown(By.cssSelector("[id$=':issueCorrection'] input[id$=':title']")).getDomProperty("value"))
                    .as("what was typed stays").isEqualTo(corrected);

            browser.shown(By.cssSelector("[id$=':issueCorrection'] button[id$=':saveIssue']")).click();
            browser.waitForInfo("Enjeu « " + corrected + " » corrigé.");
            assertThat(browser.inViewport(browser.shown(By.cssSelector(".message-info"))))
                    .as("the message shows where the person acted").isTrue();
            assertThat(browser.text(By.id("issueList"))).contains(corrected).doesNotContain(slipped);
            assertThat(browser.text(By.id("resources:table"))).as("the resource informs it under its new title")
                    .contains(corrected);
            assertThat(browser.path()).isEqualTo(page);

            browser.shown(issueButton(mistaken, "askDeleteIssue")).click();
            WebElement confirm = browser.shown(By.cssSelector("[id$=':issueDeletion']"));
            browser.waitForFocus(":issueDeletion");
            assertThat(browser.inViewport(confirm)).as("the confirmation opens under its issue, in view").isTrue();
            assertThat(confirm.getText()).contains("Supprimer l'enjeu « " + mistaken + " » ?");
            browser.assertAccessible();
            confirm.findElement(By.cssSelector("button[id$=':deleteIssue']")).click();
            browser.waitForInfo("Enjeu « " + mistaken + " » supprimé.");
            assertThat(browser.text(By.id("issueList"))).doesNotContain(mistaken);

            browser.shown(Browser.rowButton(resource, "askCorrectResource")).click();
            panel = browser.shown(By.cssSelector("[id$=':resourceCorrection']"));
            browser.waitForFocus(":type");
            assertThat(browser.inViewport(panel.findElement(By.cssSelector("select[id$=':type']"))))
                    .as("the form opens under the resource's row, its first field focused").isTrue();
            WebElement informs = panel.findElement(By.cssSelector("[id$=':informed'] input"));
            assertThat(informs.isSelected()).as("the issues it informs are ticked").isTrue();
            browser.assertAccessible();
            browser.choose(By.cssSelector("[id$=':resourceCorrection'] [id$=':informed'] input"));
            WebElement source = browser.shown(By.cssSelector("[id$=':resourceCorrection'] input[id$=':source']"));
            source.clear();
            source.sendKeys("Ville de Rennes, quartier du Blosne");
            browser.shown(By.cssSelector("[id$=':resourceCorrection'] button[id$=':saveResource']")).click();
            browser.waitForInfo("Ressource « " + resource + " » corrigée.");
            assertThat(browser.text(By.id("resources:table"))).contains("quartier du Blosne").doesNotContain(corrected);
            assertThat(browser.shown(issueButton(corrected, "askDeleteIssue")).isDisplayed())
                    .as("no resource informs it any more").isTrue();

            browser.shown(Browser.rowButton(resource, "askDeleteResource")).click();
            confirm = browser.shown(By.cssSelector("[id$=':resourceDeletion']"));
            browser.waitForFocus(":resourceDeletion");
            assertThat(browser.inViewport(confirm)).as("the confirmation opens under its row, in view").isTrue();
            assertThat(confirm.getText()).contains("Supprimer la ressource « " + resource + " » ?");
            confirm.findElement(By.cssSelector("button[id$=':deleteResource']")).click();
            browser.waitForInfo("Ressource « " + resource + " » supprimée.");
            assertThat(browser.text(By.id("resources:table"))).doesNotContain(resource);
            assertThat(browser.text(By.id("history:timeline"))).as("each correction is in the workshop's history")
                    .contains("Ressource « " + resource + " » — suppression",
                            "Enjeu « " + mistaken + " » — suppression",
                            "Titre : " + slipped + " → " + corrected);
            browser.assertAccessible();
        }
        JsonObject left = JsonBodies.array(api().get("api/workshops/" + workshop + "/issues", DemoAccounts.POLE).body())
                .getJsonObject(0);
        assertThat(left.getString("title")).isEqualTo(corrected);
        assertThat(JsonBodies.array(api().get("api/workshops/" + workshop + "/resources", DemoAccounts.POLE).body()))
                .isEmpty();
    }
}
