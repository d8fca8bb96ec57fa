package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.it.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Every page that exists, used as a person would, and checked against WCAG 2.1 A/AA with axe-core. */
class PagesIT extends BrowserTest {

    @Test
    void the_login_page_is_accessible() {
        browser().open("/login.xhtml");
        browser().assertAccessible();
    }

    @Test
    void a_page_starts_with_a_skip_link_to_its_content() {
        browser().signIn(DemoAccounts.PARTICIPANT);
        browser().open("/index.xhtml");

        browser().driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser().driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Aller au contenu");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser().driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");
    }

    @Test
    void the_reference_data_lists_directorates_policies_and_neighbourhoods() {
        browser().signIn(DemoAccounts.DIRECTORATE);
        browser().open("/reference-data.xhtml");

        assertThat(browser().heading()).isEqualTo("Référentiels");
        assertThat(browser().text(By.id("directoratesForm:directorates"))).contains("Direction de la culture");
        assertThat(browser().text(By.id("policiesForm:policies"))).contains("Culture", "Petite enfance");
        assertThat(browser().text(By.id("neighbourhoods"))).contains("Île de Nantes", "Nantes Nord");
        assertThat(browser().driver().findElements(By.id("addPolicy"))).as("the add forms are the pôle's").isEmpty();
        browser().assertAccessible();
    }

    @Test
    void the_pole_adds_a_public_policy_and_a_duplicate_is_refused() {
        browser().signIn(DemoAccounts.POLE);
        browser().open("/reference-data.xhtml");
        browser().assertAccessible();

        browser().driver().findElement(By.id("addPolicy:name")).sendKeys("Alimentation durable");
        browser().driver().findElement(By.id("addPolicy:add")).click();

        assertThat(browser().text(By.cssSelector(".message-info"))).isEqualTo("Alimentation durable ajouté·e.");
        assertThat(browser().text(By.id("policiesForm:policies"))).contains("Alimentation durable");

        browser().driver().findElement(By.id("addPolicy:name")).sendKeys("petite ENFANCE");
        browser().driver().findElement(By.id("addPolicy:add")).click();

        assertThat(browser().text(By.cssSelector(".message-error"))).isEqualTo("Ce nom existe déjà.");
        browser().assertAccessible();
    }

    @Test
    void the_pole_opens_an_account_from_the_accounts_page() {
        browser().signIn(DemoAccounts.POLE);
        browser().open("/admin/accounts.xhtml");
        assertThat(browser().heading()).isEqualTo("Comptes");
        browser().assertAccessible();

        browser().driver().findElement(By.id("newAccount:username")).sendKeys("redacteur");
        browser().driver().findElement(By.id("newAccount:password")).sendKeys("un-mot-de-passe-long");
        browser().driver().findElement(By.id("newAccount:displayName")).sendKeys("Louise Caradec");
        new org.openqa.selenium.support.ui.Select(browser().driver().findElement(By.id("newAccount:category")))
                .selectByVisibleText("Directeur·rice");
        new org.openqa.selenium.support.ui.Select(browser().driver().findElement(By.id("newAccount:role")))
                .selectByVisibleText("Direction");
        browser().driver().findElement(By.id("newAccount:create")).click();

        assertThat(browser().text(By.cssSelector(".message-error")))
                .contains("Un compte Direction doit être rattaché à une direction.");

        new org.openqa.selenium.support.ui.Select(browser().driver().findElement(By.id("newAccount:directorateId")))
                .selectByVisibleText("Direction de la culture");
        browser().driver().findElement(By.id("newAccount:password")).sendKeys("un-mot-de-passe-long");
        browser().driver().findElement(By.id("newAccount:create")).click();

        assertThat(browser().text(By.cssSelector(".message-info"))).contains("Compte redacteur créé.");
        browser().assertAccessible();
    }

    @Test
    void an_unknown_page_shows_the_error_page_without_internals() {
        browser().signIn(DemoAccounts.ELECTED);
        browser().open("/nothing-here.xhtml");

        assertThat(browser().heading()).isEqualTo("Une erreur est survenue");
        assertThat(browser().text(By.id("errorMessage"))).isEqualTo("Cette page n'existe pas.");
        browser().assertAccessible();
    }
}
