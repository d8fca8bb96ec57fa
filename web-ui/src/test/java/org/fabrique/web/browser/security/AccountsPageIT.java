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
            assertThat(pole.focusedId()).endsWith(":confirmDisable");
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
}
