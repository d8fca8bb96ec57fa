package org.fabrique.web.browser.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
    void the_reader_adds_up_the_cycles_of_2008_to_2013_and_every_total_is_the_sum_of_its_columns() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE_2);
            browser.open("/prospective/workshops.xhtml");
            assertThat(browser.driver().findElements(By.cssSelector("#figures tr[data-kind='chosen']"))).isEmpty();
            for (String cycle : List.of("Premier cycle des Ateliers prospectifs (2008–2009)",
                    "Seconde vague des Ateliers prospectifs (2010–2013)")) {
                browser.choose(By.xpath("//form[@id='figuresChoice']//label[normalize-space()='" + cycle + "']"
                        + "/preceding-sibling::input[1]"));
            }
            browser.clickAndWaitForNextPage(By.id("figuresChoice:addUp"));

            assertThat(browser.path()).matches(".*cycles=\\d+.*cycles=\\d+.*");
            List<String> chosen = cells(browser, "#figures tr[data-kind='chosen']");
            assertThat(chosen.get(0)).isEqualTo("Cycles cochés (2)");
            assertThat(chosen.subList(1, 7)).as("the seed's figures of 2008–2013")
                    .containsExactly("48", "8", "22", "56", "10", "39");
            for (WebElement row : browser.driver().findElements(By.cssSelector("#figures tbody tr"))) {
                List<Long> figures = row.findElements(By.tagName("td")).stream().map(td -> Long.valueOf(td.getText())).toList();
                assertThat(figures).as(row.getText()).hasSize(9);
                assertThat(figures.get(8)).as(row.getText()).isEqualTo(figures.subList(0, 8).stream().mapToLong(Long::longValue).sum());
            }
            assertThat(browser.driver().findElements(By.cssSelector("#figuresChoice input:checked"))).hasSize(2);
            browser.assertAccessible();

            browser.chooseLanguage("en");
            try {
                assertThat(cells(browser, "#figures tr[data-kind='chosen']").get(0)).isEqualTo("Ticked cycles (2)");
                browser.driver().navigate().refresh();
                assertThat(cells(browser, "#figures tr[data-kind='chosen']").subList(1, 7))
                        .containsExactly("48", "8", "22", "56", "10", "39");
            } finally {
                // the choice is saved in the demo account, which the other tests read in French
                browser.chooseLanguage("fr");
            }
        }
    }

    private static List<String> cells(Browser browser, String row) {
        return browser.driver().findElement(By.cssSelector(row)).findElements(By.cssSelector("th, td")).stream()
                .map(WebElement::getText).toList();
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
            browser.waitForMessage(".ui-message-info", "Séance du 3 février 2040 convoquée.");
            assertThat(browser.text(By.id("sessions:table"))).contains("Exploratoire", "Diagnostic partagé");
            browser.assertAccessible();

            browser.driver().findElement(By.cssSelector("#sessions\\:table tbody tr[data-ri] button")).click();
            browser.text(By.id("registerTable"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "register:members:0:presence".equals(browser.focusedId()));
            assertThat(browser.inViewport(browser.driver().findElement(By.id("register:members:0:presence"))))
                    .as("the register opens in view, its first field focused").isTrue();
            new Select(browser.driver().findElement(By.id("register:members:0:presence"))).selectByVisibleText("Présent·e");
            new Select(browser.driver().findElement(By.id("register:members:1:presence"))).selectByVisibleText("Excusé·e");
            browser.driver().findElement(By.id("register:saveRegister")).click();
            browser.waitForMessage(".ui-message-info", "Registre de présence enregistré.");
            assertThat(browser.inViewport(browser.shown(By.cssSelector("#register .ui-message-info"))))
                    .as("the confirmation beside the button").isTrue();
            browser.driver().findElement(By.id("minutesForm:minutes")).sendKeys("Le groupe retient sept enjeux.");
            browser.driver().findElement(By.id("minutesForm:saveMinutes")).click();
            browser.waitForMessage(".ui-message-info", "Compte rendu enregistré.");
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
