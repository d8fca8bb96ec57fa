package org.fabrique.web.browser.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.fabrique.web.backup.BackupFolder;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pôle's Backups page: the backups kept, newest first, and a button that takes one at once. */
class BackupPageIT extends DeployedFabrique {

    private static final By FIRST_FILE = By.cssSelector("[id='backups:table'] tbody tr:first-child td:first-child");

    @Test
    @Tag("h2-only")
    void the_pole_backs_up_now_and_finds_the_new_backup_first() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/index.xhtml");
            assertThat(browser.menu()).contains("Comptes", "Sauvegardes");
            browser.open("/admin/backups.xhtml");
            assertThat(browser.heading()).isEqualTo("Sauvegardes");
            assertThat(browser.text(By.id("schedule"))).contains("Chaque nuit à 2 h", "14 dernières sauvegardes");
            assertThat(browser.text(By.id("confidential"))).contains("empreintes des mots de passe");
            browser.assertAccessible();

            browser.driver().findElement(By.id("backups:now")).click();
            browser.waitForInfo("Sauvegarde fabrique-");
            browser.waitForAjax();

            String message = browser.text(By.cssSelector(".message-info"));
            assertThat(message).matches("Sauvegarde (fabrique-\\S+\\.zip) faite \\(\\d+(,\\d)?[ \u00a0](o|Ko|Mo|Go)\\)\\.");
            String file = message.replaceAll("Sauvegarde (fabrique-\\S+\\.zip) faite.*", "$1");
            assertThat(browser.text(FIRST_FILE)).isEqualTo(file);
            List<WebElement> cells = browser.driver().findElements(By.cssSelector("[id='backups:table'] tbody tr:first-child td"));
            assertThat(cells.get(1).getText()).matches("\\d+(,\\d)?[ \u00a0](o|Ko|Mo|Go)");
            assertThat(cells.get(2).getText()).matches("\\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2}");
            // the file is named in UTC, the page reads Paris time
            Instant at = BackupFolder.takenAt(file).orElseThrow();
            assertThat(cells.get(2).getText()).endsWith(", " + DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneId.of("Europe/Paris"))));
            browser.assertAccessible();
        }
    }

    @Test
    @Tag("h2-only")
    void the_page_reads_in_english_too() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/admin/backups.xhtml");
            browser.chooseLanguage("en");
            try {
                assertThat(browser.heading()).isEqualTo("Backups");
                assertThat(browser.menu()).contains("Accounts", "Backups");
                assertThat(browser.text(By.id("schedule"))).contains("Every night at 2:00", "the last 14 backups");

                browser.driver().findElement(By.id("backups:now")).click();
                browser.waitForInfo("Backup fabrique-");
                browser.waitForAjax();

                assertThat(browser.text(By.cssSelector(".message-info"))).matches("Backup fabrique-\\S+\\.zip taken \\(\\d+(\\.\\d)?[ \u00a0](B|KB|MB|GB)\\)\\.");
                List<WebElement> cells = browser.driver().findElements(By.cssSelector("[id='backups:table'] tbody tr:first-child td"));
                assertThat(cells.get(2).getText()).matches("\\p{L}+ \\d{1,2}, \\d{4}, \\d{2}:\\d{2}");
                browser.assertAccessible();
            } finally {
                browser.chooseLanguage("fr");
            }
        }
    }

    @Test
    void a_directorate_gets_the_403_page() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            assertThat(browser.menu()).doesNotContain("Sauvegardes");
            browser.open("/admin/backups.xhtml");

            assertThat(browser.heading()).isEqualTo("Une erreur est survenue");
            assertThat(browser.text(By.id("errorMessage"))).isEqualTo("Votre rôle ne vous permet pas d'accéder à cette page.");
            browser.assertAccessible();
        }
    }
}
