package org.fabrique.web.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pôle disables an account only after reading what it does, never its own, and enables it again in one click. */
class AccountsPageIT extends DeployedFabrique {

    private JsonObject account(String username) {
        return JsonBodies.object(api().get("api/accounts?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject).stream().filter(a -> a.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    private static WebElement row(Browser browser, String username) {
        return browser.shown(By.xpath("//tr[td[normalize-space(.)='" + username + "']]"));
    }

    @Test
    void the_pole_confirms_before_disabling_an_account_and_cannot_disable_its_own() {
        // a username that sorts first, so that the accounts page lists it on its first page
        String username = TestAccounts.poleMember(api(), "0disable");
        try (Browser pole = new Browser(base)) {
            pole.signIn(DemoAccounts.POLE);
            pole.open("/admin/accounts.xhtml");
            assertThat(account(DemoAccounts.POLE).getBoolean("mayDisable")).as("the service's word").isFalse();
            assertThat(account(username).getBoolean("mayDisable")).isTrue();

            row(pole, username).findElement(By.cssSelector("button[id$=':askDisable']")).click();
            WebElement confirm = pole.shown(By.cssSelector("[id$=':confirmDisable']"));
            assertThat(confirm.getText()).contains("(" + username + ") ne pourra plus se connecter");
            pole.waitForFocus(":confirmDisable");
            assertThat(pole.inViewport(confirm)).as("the confirmation opens under its row, in view").isTrue();
            assertThat(account(username).getBoolean("enabled")).as("nothing done yet").isTrue();
            pole.assertAccessible();
            confirm.findElement(By.cssSelector("button[id$=':disable']")).click();

            pole.waitForInfo("Compte " + username + " désactivé.");
            assertThat(account(username).getBoolean("enabled")).isFalse();
            row(pole, username).findElement(By.cssSelector("button[id$=':enable']")).click();
            pole.waitForInfo("Compte " + username + " activé.");
            assertThat(account(username).getBoolean("enabled")).isTrue();
            pole.assertAccessible();
        }
    }

    @Test
    void the_pole_searches_then_corrects_an_account_under_its_row() {
        String username = TestAccounts.poleMember(api(), "recherche");
        try (Browser pole = new Browser(base)) {
            pole.signIn(DemoAccounts.POLE);
            pole.open("/admin/accounts.xhtml");
            pole.driver().findElement(By.id("search:q")).sendKeys(username.toUpperCase());
            pole.clickAndWaitForNextPage(By.id("search:searchButton"));
            assertThat(pole.path()).as("the filter is in the address").isEqualTo("/admin/accounts.xhtml?q=" + username.toUpperCase());
            pole.reload();
            assertThat(pole.driver().findElements(By.cssSelector("#accounts\\:table tbody tr")))
                    .as("whatever the case, only that account").hasSize(1);
            pole.assertAccessible();

            row(pole, username).findElement(By.cssSelector("button[id$=':askEdit']")).click();
            WebElement panel = pole.shown(By.cssSelector("[id$=':edit:panel']"));
            assertThat(pole.focusedId()).endsWith(":edit:panel");
            assertThat(pole.inViewport(panel)).isTrue();
            WebElement name = panel.findElement(By.cssSelector("input[id$=':edit:displayName']"));
            assertThat(name.getDomProperty("value")).isEqualTo("Emma Clarke");
            name.clear();
            name.sendKeys("Emma Clarke-Martin");
            new org.openqa.selenium.support.ui.Select(panel.findElement(By.cssSelector("select[id$=':edit:role']")))
                    .selectByVisibleText("Direction");
            panel.findElement(By.cssSelector("button[id$=':edit:save']")).click();
            WebElement refusal = pole.shown(By.cssSelector("[id$=':edit:panel'] .ui-message-error"));
            assertThat(refusal.getText()).isEqualTo("Un compte Direction doit être rattaché à une direction.");
            assertThat(account(username).getString("role")).as("nothing changed").isEqualTo("POLE");
            pole.assertAccessible();

            new org.openqa.selenium.support.ui.Select(pole.shown(By.cssSelector("select[id$=':edit:directorateId']")))
                    .selectByVisibleText("Direction de la culture");
            pole.shown(By.cssSelector("button[id$=':edit:save']")).click();
            pole.waitForInfo("Compte " + username + " corrigé.");
            assertThat(row(pole, username).getText()).contains("Emma Clarke-Martin", "Direction de la culture");
            assertThat(account(username).getString("role")).isEqualTo("DIRECTORATE");
            assertThat(pole.path()).isEqualTo("/admin/accounts.xhtml?q=" + username.toUpperCase());

            pole.open("/admin/accounts.xhtml?q=" + DemoAccounts.POLE + "&role=POLE");
            row(pole, DemoAccounts.POLE).findElement(By.cssSelector("button[id$=':askEdit']")).click();
            assertThat(pole.shown(By.cssSelector("select[id$=':edit:role']")).isEnabled())
                    .as("nobody changes their own role").isFalse();
        }
    }
}
