package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Signing in and out in a real browser, as each demo account. */
class SignInIT extends BrowserTest {

    /**
     * The last column: what the home page lists as waiting, given the demo data ("" = nothing waits,
     * "*" = the demo's draw decides, so only the section is checked).
     */
    @ParameterizedTest(name = "{0} sees the menu of role {1}")
    @CsvSource(delimiter = ';', value = {
            "pole;Pôle;Dialogue citoyen|Programmes|Préconisations|Tableau de bord|Méthodes|Ateliers prospectifs|Évaluations|Référentiels|Administration|Comptes|Sauvegardes|Journal d'audit;en retard de réponse",
            "direction;Direction;Dialogue citoyen|Programmes|Préconisations|Tableau de bord|Méthodes|Ateliers prospectifs|Évaluations|Référentiels;en retard de réponse",
            "direction2;Direction;Dialogue citoyen|Programmes|Préconisations|Tableau de bord|Méthodes|Ateliers prospectifs|Évaluations|Référentiels;*",
            "elu;Élu·e;Dialogue citoyen|Programmes|Préconisations|Tableau de bord|Méthodes|Ateliers prospectifs|Évaluations|Référentiels;à arbitrer",
            "elu2;Élu·e;Dialogue citoyen|Programmes|Préconisations|Tableau de bord|Méthodes|Ateliers prospectifs|Évaluations|Référentiels;à arbitrer",
            "expert;Participant·e;Ateliers prospectifs|Évaluations|Référentiels;Séance du "})
    void each_demo_account_signs_in_to_its_home_page_and_menu(String username, String role, String menu, String waiting) {
        Browser b = browser();
        b.signIn(username);

        assertThat(b.path()).startsWith("/index.xhtml");
        assertThat(b.heading()).isEqualTo("Accueil");
        assertThat(b.driver().findElement(By.id("whoRole")).getDomProperty("textContent")).as("under the name").isEqualTo(role);
        assertThat(b.menu()).containsExactlyElementsOf(List.of(menu.split("\\|")));
        if ("*".equals(waiting)) {
            assertThat(b.text(By.id("pendingHeading"))).isEqualTo("Ce qui vous attend");
        } else if (waiting == null) {
            assertThat(b.text(By.id("nothingPending"))).isEqualTo("Rien ne vous attend pour le moment.");
        } else {
            assertThat(b.text(By.id("pendingItems"))).contains(waiting);
        }
        b.assertAccessible();

        b.signOut();
        assertThat(b.path()).startsWith("/login.xhtml");
        assertThat(b.text(By.cssSelector("p.notice"))).isEqualTo("Vous êtes déconnecté·e.");
    }

    @Test
    void a_wrong_password_gets_a_message_and_no_session() {
        Browser b = browser();
        b.signIn(DemoAccounts.POLE, "pas-le-bon-mot-de-passe");

        assertThat(b.path()).startsWith("/login.xhtml");
        assertThat(b.text(By.cssSelector(".message-error")))
                .contains("Identifiant ou mot de passe incorrect");
        b.assertAccessible();

        b.open("/index.xhtml");
        assertThat(b.path()).startsWith("/login.xhtml");
    }

    @Test
    void a_protected_page_leads_to_login_then_back_to_it() {
        Browser b = browser();
        b.open("/reference-data.xhtml");
        assertThat(b.path()).startsWith("/login.xhtml?next=");

        b.driver().findElement(By.id("login:username")).sendKeys(DemoAccounts.ELECTED);
        b.driver().findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        b.clickAndWaitForNextPage(By.id("login:submit"));

        assertThat(b.heading()).isEqualTo("Référentiels");
    }

    @Test
    void another_role_is_refused_the_accounts_page() {
        Browser b = browser();
        b.signIn(DemoAccounts.DIRECTORATE);
        b.open("/admin/accounts.xhtml");

        assertThat(b.heading()).isEqualTo("Une erreur est survenue");
        assertThat(b.text(By.id("errorMessage"))).isEqualTo("Votre rôle ne vous permet pas d'accéder à cette page.");
        assertThat(b.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        b.assertAccessible();
    }
}
