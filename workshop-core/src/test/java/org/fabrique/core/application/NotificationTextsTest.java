package org.fabrique.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationKind;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.junit.jupiter.api.Test;

/**
 * The core writes every mail around a mission's text: the greeting, the link, the footer, the digest, dates in
 * the reader's language and values translated by the mission. Each mission's own texts are tested in its module.
 */
class NotificationTextsTest {

    private static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");
    private static final NotificationKind DECIDED = new NotificationKind("THING_DECIDED");

    /** A mission with one kind of mail, its texts in the test resources. */
    private static final MailTexts MISSION = new MailTexts() {
        @Override
        public Set<NotificationKind> kinds() {
            return Set.of(DECIDED);
        }

        @Override
        public ResourceBundle texts(Locale locale) {
            return MailTexts.bundle("org.fabrique.core.application.TestMails", locale, getClass().getClassLoader());
        }
    };

    private final NotificationTexts texts = new NotificationTexts("https://fabrique.example.org/", List.of(MISSION));

    private final Account julien = new Account("direction", "hash", Role.DIRECTORATE,
            new Person("Julien Roux", "julien.roux@demo.fabrique.test", PersonCategory.DIRECTOR),
            new Directorate("Direction de la culture"));

    @Test
    void aMailIsInFrenchByDefaultWithTheMissionsTextItsDatesValuesAndTheLink() {
        MailMessage mail = texts.single(decided(julien, "Fête des quartiers", 3));

        assertThat(mail.to()).isEqualTo("julien.roux@demo.fabrique.test");
        assertThat(mail.subject()).isEqualTo("Décision : Fête des quartiers");
        assertThat(mail.body()).startsWith("Bonjour Julien Roux,")
                .contains("La chose « Fête des quartiers » est décidée le 30 juin 2026 : oui.")
                .contains("https://fabrique.example.org/things/3")
                .contains("https://fabrique.example.org/index.xhtml");
    }

    @Test
    void aMailIsInEnglishForWhoChoseEnglish() {
        julien.chooseLanguage("en");

        MailMessage mail = texts.single(decided(julien, "Fête des quartiers", 3));

        assertThat(mail.subject()).isEqualTo("Decision: Fête des quartiers");
        assertThat(mail.body()).startsWith("Hello Julien Roux,")
                .contains("The thing \"Fête des quartiers\" was decided on June 30, 2026: yes.");
    }

    @Test
    void aPersonsTextThatLooksLikeADateOrAValueArgumentIsShownAsItIs() {
        MailMessage mail = texts.single(new Notification(julien, DECIDED, "thing:7", List.of("date:demain",
                "date:2026-13-45", "#MAYBE"), "/things/7", NOW));

        assertThat(mail.body()).contains("« date:demain » est décidée le date:2026-13-45 : #MAYBE.");
    }

    @Test
    void aDigestListsEveryItemUnderOneSubject() {
        MailMessage digest = texts.digest(List.of(decided(julien, "Fête des quartiers", 3),
                decided(julien, "Balades urbaines", 4)), LocalDate.of(2026, 5, 12));

        assertThat(digest.subject()).isEqualTo("Fabrique : votre résumé du 12 mai 2026 (2 nouvelles)");
        assertThat(digest.body()).contains("* Décision : Fête des quartiers", "* Décision : Balades urbaines",
                "things/3", "things/4");
    }

    @Test
    void aKindNoMissionWritesIsRefused() {
        Notification unknown = new Notification(julien, new NotificationKind("NOBODY_WRITES_THIS"), "x:1", List.of(),
                "/index.xhtml", NOW);

        assertThatIllegalStateException().isThrownBy(() -> texts.single(unknown)).withMessageContaining("NOBODY_WRITES_THIS");
    }

    @Test
    void notificationsAreGroupedByRecipientInTheirOrder() {
        Account claire = new Account("pole", "hash", Role.POLE,
                new Person("Claire Morel", "claire.morel@demo.fabrique.test", PersonCategory.POLE_STAFF), null);
        Notification a = decided(julien, "A", 1);
        Notification b = decided(claire, "B", 2);
        Notification c = decided(julien, "C", 3);

        Map<Account, List<Notification>> grouped = NotificationDispatch.byAccount(List.of(a, b, c));

        assertThat(grouped.keySet()).containsExactly(julien, claire);
        assertThat(grouped.get(julien)).containsExactly(a, c);
        assertThat(grouped.get(claire)).containsExactly(b);
    }

    private static Notification decided(Account to, String title, long id) {
        return new Notification(to, DECIDED, "thing:" + id, List.of(title, "date:2026-06-30", "#YES"), "/things/" + id, NOW);
    }

    @Test
    void everyMailOfAMissionWrittenInBothLanguagesLeavesNothingUnwritten() {
        assertThat(texts.unwritten()).isEmpty();
    }

    @Test
    void aMissingAnUnreadableOrAnUntranslatedTextIsUnwritten() {
        NotificationKind forgotten = new NotificationKind("THING_FORGOTTEN");
        NotificationKind half = new NotificationKind("THING_HALF");
        MailTexts sloppy = new MailTexts() {
            @Override
            public Set<NotificationKind> kinds() {
                return Set.of(DECIDED, forgotten, half);
            }

            @Override
            public ResourceBundle texts(Locale locale) {
                return MISSION.texts(locale);
            }
        };

        assertThat(new NotificationTexts("https://fabrique.example.org", List.of(sloppy)).unwritten())
                .containsExactlyInAnyOrder("THING_FORGOTTEN.subject fr", "THING_FORGOTTEN.subject en",
                        "THING_FORGOTTEN.body fr", "THING_FORGOTTEN.body en", "THING_HALF.subject en",
                        "THING_HALF.body fr", "THING_HALF.body en");
    }
}
