package org.fabrique.web.browser.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The workshops in the browser: anyone finds them and their figures; a member acknowledges the charter;
 * someone outside the group sees that the work is confidential; the pôle takes a session's register.
 */
class WorkshopPagesIT extends DeployedFabrique {

    private long workshop() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        return prospective.workshop(prospective.newCycle()).getJsonNumber("id").longValue();
    }

    @Test
    void anyone_finds_the_workshops_and_their_figures() {
        workshop();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            browser.open("/prospective/workshops.xhtml");
            assertThat(browser.heading()).isEqualTo("Ateliers prospectifs");
            assertThat(browser.text(By.id("workshops:table"))).contains("Atelier d'essai");
            assertThat(browser.text(By.id("figures"))).contains("Tous les cycles");
            assertThat(browser.driver().findElements(By.id("openWorkshop"))).as("the pôle's form").isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void a_member_reads_the_charter_and_commits_to_it() {
        long workshop = workshop();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            assertThat(browser.text(By.id("pendingItems"))).contains("Charte à lire et à signer pour l'atelier « Atelier d'essai »");
            browser.clickAndWaitForNextPage(By.cssSelector("#pendingItems a[href$='workshop.xhtml?id=" + workshop + "']"));
            assertThat(browser.heading()).isEqualTo("Atelier d'essai");
            assertThat(browser.driver().findElements(By.cssSelector("#charter > li"))).hasSize(7);
            assertThat(browser.text(By.id("charter"))).contains("Principe de protection et communication",
                    "Le travail en séance est protégé par la règle de confidentialité");
            assertThat(browser.text(By.id("groupSizeWarning"))).contains("15 à 30");
            browser.assertAccessible();

            browser.clickAndWaitForNextPage(By.id("charterForm:acknowledge"));

            browser.waitForInfo("Votre engagement sur la charte est enregistré.");
            assertThat(browser.text(By.id("acknowledged"))).startsWith("Vous vous êtes engagé·e sur la charte le");
            assertThat(browser.text(By.id("group"))).contains("Engagé·e");
            browser.assertAccessible();
            browser.open("/index.xhtml");
            assertThat(browser.driver().findElements(By.cssSelector("#pendingItems a[href$='workshop.xhtml?id=" + workshop + "']")))
                    .as("nothing left to sign for this workshop").isEmpty();
        }
    }

    @Test
    void someone_outside_the_group_reads_that_the_work_is_confidential() {
        long workshop = workshop();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED_2);
            browser.open("/prospective/workshop.xhtml?id=" + workshop);

            assertThat(browser.text(By.id("confidential"))).contains("réservés à ses membres et au pôle");
            assertThat(browser.text(By.id("contract"))).isEqualTo("Un référentiel en cinq chapitres");
            assertThat(browser.driver().findElements(By.id("group"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("sessions"))).isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void the_pole_convenes_a_session_and_takes_its_register() {
        long workshop = workshop();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/prospective/workshop.xhtml?id=" + workshop);
            new Select(browser.driver().findElement(By.id("convene:sequence"))).selectByVisibleText("Exploratoire");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('convene:date').value = '2040-02-03'");
            browser.driver().findElement(By.id("convene:agenda")).sendKeys("Diagnostic partagé");
            browser.driver().findElement(By.id("convene:conveneButton")).click();
            browser.waitForInfo("Séance du 3 février 2040 convoquée.");
            assertThat(browser.text(By.id("sessions:table"))).contains("Exploratoire", "Diagnostic partagé");
            browser.assertAccessible();

            browser.driver().findElement(By.cssSelector("#sessions\\:table tbody tr[data-ri] button")).click();
            browser.text(By.id("registerTable"));
            new Select(browser.driver().findElement(By.id("register:members:0:presence"))).selectByVisibleText("Présent·e");
            new Select(browser.driver().findElement(By.id("register:members:1:presence"))).selectByVisibleText("Excusé·e");
            browser.driver().findElement(By.id("register:saveRegister")).click();
            browser.waitForInfo("Registre de présence enregistré.");
            browser.driver().findElement(By.id("minutesForm:minutes")).sendKeys("Le groupe retient sept enjeux.");
            browser.driver().findElement(By.id("minutesForm:saveMinutes")).click();
            browser.waitForInfo("Compte rendu enregistré.");
            browser.assertAccessible();

            browser.open("/prospective/workshop.xhtml?id=" + workshop);
            assertThat(browser.text(By.id("group"))).contains("Sophie Garnier", "100 %", "0 %");
            browser.driver().findElement(By.id("describe:contract")).clear();
            browser.driver().findElement(By.id("describe:contract")).sendKeys("Un référentiel et un plan d'actions");
            browser.driver().findElement(By.id("describe:firm")).sendKeys("Missions publiques");
            browser.clickAndWaitForNextPage(By.id("describe:describeButton"));
            browser.waitForInfo("Description de l'atelier enregistrée.");
            assertThat(browser.text(By.id("contract"))).isEqualTo("Un référentiel et un plan d'actions");
            assertThat(browser.text(By.id("sessions:table"))).contains("1");
        }
    }
}
