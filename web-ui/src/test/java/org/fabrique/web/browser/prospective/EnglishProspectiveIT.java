package org.fabrique.web.browser.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The workshops' pages in English, for a pôle member who chose English: the list, a workshop, its
 * reference document and action plan, the cross-reading.
 */
class EnglishProspectiveIT extends DeployedFabrique {

    @Test
    void the_workshops_read_in_english() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop(prospective.newCycle()).getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(TestAccounts.poleMember(api(), "englishpole"), TestAccounts.PASSWORD);
            browser.chooseLanguage("en");

            browser.open("/prospective/workshops.xhtml");
            assertThat(browser.heading()).isEqualTo("Prospective workshops");
            assertThat(browser.text(By.id("figuresHeading"))).isEqualTo("In figures");
            assertThat(browser.text(By.id("figures"))).contains("Elected officials", "All cycles");
            browser.assertAccessible();

            browser.open("/prospective/workshop.xhtml?id=" + workshop);
            assertThat(browser.text(By.id("charterHeading"))).isEqualTo("The workshops' charter");
            assertThat(browser.text(By.id("charter"))).contains("The principle of protection and communication");
            assertThat(browser.text(By.id("group"))).contains("President", "Directorate resource person");
            assertThat(browser.text(By.id("status"))).isEqualTo("Preparation");
            browser.assertAccessible();

            browser.open("/prospective/document.xhtml?workshop=" + workshop);
            assertThat(browser.heading()).isEqualTo("Reference document — Atelier d'essai");
            browser.assertAccessible();
            browser.open("/prospective/plan.xhtml?workshop=" + workshop);
            assertThat(browser.heading()).isEqualTo("Action plan — Atelier d'essai");
            browser.assertAccessible();

            browser.open("/prospective/markers.xhtml");
            assertThat(browser.heading()).isEqualTo("Cross-reading of the workshops");
            assertThat(browser.text(By.id("markers:table"))).contains("Social ties", "Reach and attractiveness");
            browser.assertAccessible();
        }
    }
}
