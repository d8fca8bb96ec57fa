package org.fabrique.web.browser.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scenario sequence in the browser: a member proposes an amendment, the president has the group
 * accept it, submits version 2, compares it with version 1, the group adopts the document, and an action
 * is added to the plan; an elected official outside the group gets the 403 page.
 */
class DocumentJourneyIT extends DeployedFabrique {

    private static final By AMENDMENT_ROWS = By.cssSelector("#amendments\\:table tbody tr[data-ri]");


    /** Reloaded after an Ajax action, the page is the same record, the action's result shown and nothing posted again. */
    private static void reloadsUnchanged(Browser browser, String page, String result) {
        assertThat(browser.path()).isEqualTo(page);
        browser.reload();
        assertThat(browser.path()).isEqualTo(page);
        assertThat(browser.text(AMENDMENT_ROWS)).contains(result);
        assertThat(browser.driver().findElements(By.cssSelector(".message-info"))).as("nothing posted again").isEmpty();
    }

    @Test
    void a_member_amends_the_group_decides_compares_adopts_and_plans() {
        long id = new ProspectiveApi(api()).workshopWithVersion();
        String page = "/prospective/document.xhtml?workshop=" + id;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            browser.open(page);
            assertThat(browser.heading()).startsWith("Référentiel — Atelier d'essai");
            assertThat(browser.text(By.id("currentHeading"))).isEqualTo("Version 1");
            assertThat(browser.text(By.tagName("main"))).contains("Un guichet unique en mairie");
            browser.assertAccessible();

            new Select(browser.driver().findElement(By.id("propose:chapter"))).selectByValue("RECOMMENDATIONS");
            browser.driver().findElement(By.id("propose:passage")).sendKeys("Un guichet unique en mairie");
            browser.driver().findElement(By.id("propose:proposedText")).sendKeys("Un guichet unique dans chaque quartier");
            browser.driver().findElement(By.id("propose:rationale")).sendKeys("La proximité d'abord");
            browser.driver().findElement(By.id("propose:submit")).click();

            browser.waitForInfo("Amendement proposé au groupe.");
            assertThat(browser.text(AMENDMENT_ROWS)).contains("Un guichet unique dans chaque quartier").contains("Proposé");
            assertThat(browser.driver().findElements(By.cssSelector("#amendments\\:table button.accept")))
                    .as("a member does not record the group's decision").isEmpty();
            reloadsUnchanged(browser, page, "Un guichet unique dans chaque quartier");
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open(page);
            assertThat(browser.text(By.id("currentHeading"))).isEqualTo("Version 1");
            Browser president = browser;
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#amendments\\:table tbody tr[data-ri] button.modify"))).click();
            WebElement modifying = browser.shown(By.cssSelector("[id$=':decision'] textarea"));
            modifying.clear();
            browser.driver().findElement(By.cssSelector("[id$=':decision'] button[id$=':decide']")).click();
            browser.waitForMessage("[id$=':decision'] .ui-message-error", "Un amendement accepté modifié a besoin du texte retenu.");
            assertThat(browser.inViewport(browser.shown(By.cssSelector("[id$=':decision'] .ui-message-error"))))
                    .as("the refusal beside the button, in view").isTrue();
            browser.driver().findElement(By.cssSelector("[id$=':decision'] button[id$=':cancelDecision']")).click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .withMessage(() -> "no decision button for the president; the page says: "
                            + president.driver().findElement(By.tagName("main")).getText())
                    .until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#amendments\\:table tbody tr[data-ri] button.accept"))).click();
            WebElement decision = browser.shown(By.cssSelector("[id$=':decision']"));
            assertThat(decision.getText()).contains("Le groupe accepte de remplacer « Un guichet unique en mairie » par "
                    + "« Un guichet unique dans chaque quartier » dans la prochaine version.");
            assertThat(browser.focusedId()).endsWith(":decision");
            assertThat(browser.inViewport(decision)).as("the decision opens under its row").isTrue();
            assertThat(browser.text(AMENDMENT_ROWS)).as("nothing decided yet").contains("Proposé");
            browser.assertAccessible();
            decision.findElement(By.cssSelector("button[id$=':decide']")).click();
            browser.waitForInfo("Décision du groupe enregistrée.");
            assertThat(browser.text(AMENDMENT_ROWS)).contains("Accepté");
            reloadsUnchanged(browser, page, "Accepté");

            browser.driver().findElement(By.id("organise:submitVersion")).click();
            browser.waitForInfo("Nouvelle version soumise au groupe.");
            assertThat(browser.text(By.id("currentHeading"))).isEqualTo("Version 2");

            browser.clickAndWaitForNextPage(By.id("compareButton"));
            String comparison = page + "&from=1&to=2&granularity=WORD";
            assertThat(browser.path()).as("the comparison has an address of its own").startsWith(comparison);
            assertThat(browser.text(By.cssSelector("#diff ins"))).contains("dans chaque quartier");
            assertThat(browser.text(By.cssSelector("#diff del"))).contains("en mairie");
            browser.assertAccessible();
            browser.chooseLanguage("en");
            assertThat(browser.path()).startsWith(comparison);
            assertThat(browser.text(By.id("diffLegend"))).doesNotContain("supprimé");
            assertThat(browser.text(By.cssSelector("#diff ins"))).contains("dans chaque quartier");
            browser.chooseLanguage("fr");

            browser.shown(By.id("organise:askAdopt")).click();
            assertThat(browser.text(By.id("organise:confirmAdoption")))
                    .contains("La version 2 deviendra le référentiel adopté par consensus");
            browser.waitForFocus("organise:confirmAdoption");
            browser.assertAccessible();
            browser.driver().findElement(By.id("organise:adopt")).click();
            browser.waitForInfo("Le référentiel est adopté");
            assertThat(browser.text(By.id("status"))).isEqualTo("Référentiel adopté");
            assertThat(browser.text(By.id("adoption"))).startsWith("Version adoptée : 2");

            browser.open("/prospective/plan.xhtml?workshop=" + id);
            assertThat(browser.heading()).startsWith("Plan d'actions — ");
            browser.assertAccessible();
            new Select(browser.driver().findElement(By.id("addAction:recommendation")))
                    .selectByVisibleText("Un guichet unique dans chaque quartier");
            browser.driver().findElement(By.id("addAction:title")).sendKeys("Ouvrir le guichet de Bellevue");
            new Select(browser.driver().findElement(By.id("addAction:directorateId"))).selectByVisibleText("Direction des personnes âgées");
            browser.driver().findElement(By.id("addAction:pilot")).sendKeys("Mme Martin");
            WebElement deadline = browser.driver().findElement(By.id("addAction:deadline"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2027-06-30';", deadline);
            browser.driver().findElement(By.id("addAction:save")).click();

            browser.waitForInfo("Action ajoutée au plan.");
            assertThat(browser.text(By.cssSelector(".action-group h2"))).isEqualTo("Direction des personnes âgées");
            WebElement row = browser.driver().findElement(By.cssSelector(".action-group tr.action"));
            assertThat(row.getText()).contains("Ouvrir le guichet de Bellevue").contains("Mme Martin");
            WebElement progress = row.findElement(By.cssSelector("input[id$=':progress']"));
            progress.clear();
            progress.sendKeys("40");
            new Select(row.findElement(By.cssSelector("select[id$=':status']"))).selectByVisibleText("En cours");
            row.findElement(By.cssSelector("button[id$=':update']")).click();
            browser.waitForInfo("Avancement enregistré.");
            assertThat(browser.driver().findElement(By.cssSelector(".action-group tr.action input[id$=':progress']"))
                    .getDomProperty("value")).isEqualTo("40");
            browser.assertAccessible();
        }

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED_2);
            browser.open(page);
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Votre rôle ne vous permet pas d'accéder à cette page.");
            assertThat(browser.driver().getPageSource()).doesNotContain("guichet");
            browser.open("/prospective/plan.xhtml?workshop=" + id);
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Votre rôle ne vous permet pas d'accéder à cette page.");
            browser.open("/prospective/document.xhtml");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
        }
    }
}
