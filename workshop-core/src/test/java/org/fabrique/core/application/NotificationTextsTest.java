package org.fabrique.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationKind;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationTextsTest {

    private static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");

    private final NotificationTexts texts = new NotificationTexts("https://fabrique.example.org/");

    private final Account julien = new Account("direction", "hash", Role.DIRECTORATE,
            new Person("Julien Roux", "julien.roux@demo.fabrique.test", PersonCategory.DIRECTOR),
            new Directorate("Direction de la culture"));

    @Test
    void aMailIsInFrenchByDefaultWithDatesValuesAndTheLink() {
        MailMessage mail = texts.single(arbitrated(julien, "Fête des quartiers", "#RETAINED", 3));

        assertThat(mail.to()).isEqualTo("julien.roux@demo.fabrique.test");
        assertThat(mail.subject()).isEqualTo("Arbitrage : Fête des quartiers");
        assertThat(mail.body()).startsWith("Bonjour Julien Roux,")
                .contains("Les élus ont arbitré votre projet candidat « Fête des quartiers » : retenu.")
                .contains("https://fabrique.example.org/dialogue/candidate.xhtml?id=3")
                .contains("https://fabrique.example.org/index.xhtml");
    }

    @Test
    void aMailIsInEnglishForWhoChoseEnglish() {
        julien.chooseLanguage("en");

        MailMessage mail = texts.single(new Notification(julien, NotificationKind.RECOMMENDATION_DUE_SOON,
                "recommendation:7:due14", List.of("Ouvrir les ateliers", "date:2026-06-30"),
                "/dialogue/recommendations.xhtml?programme=2", NOW));

        assertThat(mail.subject()).isEqualTo("Answer due by June 30, 2026");
        assertThat(mail.body()).startsWith("Hello Julien Roux,").contains("\"Ouvrir les ateliers\"");
    }

    @Test
    void aFrenchDateReadsAsAFrenchDate() {
        MailMessage mail = texts.single(new Notification(julien, NotificationKind.RECOMMENDATION_OVERDUE,
                "recommendation:7:overdue", List.of("Ouvrir les ateliers", "date:2026-06-30"),
                "/dialogue/recommendations.xhtml?programme=2", NOW));

        assertThat(mail.subject()).isEqualTo("Réponse en retard : échéance du 30 juin 2026 dépassée");
    }

    @Test
    void aPersonsTextThatLooksLikeADateArgumentIsShownAsItIs() {
        MailMessage mail = texts.single(new Notification(julien, NotificationKind.RECOMMENDATION_CORRECTED,
                "recommendation:7:corrected:3", List.of("date:demain, ouvrir les ateliers", "date:2026-13-45"),
                "/dialogue/recommendations.xhtml?programme=2", NOW));

        assertThat(mail.body()).contains("« date:demain, ouvrir les ateliers »", "Motif : date:2026-13-45");
    }

    @Test
    void aDigestListsEveryItemUnderOneSubject() {
        Notification first = arbitrated(julien, "Fête des quartiers", "#RETAINED", 3);
        Notification second = arbitrated(julien, "Balades urbaines", "#DEFERRED", 4);

        MailMessage digest = texts.digest(List.of(first, second), LocalDate.of(2026, 5, 12));

        assertThat(digest.subject()).isEqualTo("Fabrique : votre résumé du 12 mai 2026 (2 nouvelles)");
        assertThat(digest.body()).contains("* Arbitrage : Fête des quartiers", "* Arbitrage : Balades urbaines",
                ": reporté.", "candidate.xhtml?id=3", "candidate.xhtml?id=4");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasASubjectAndABodyInBothLanguages(NotificationKind kind) {
        for (String language : new String[] {"fr", "en"}) {
            julien.chooseLanguage(language);
            MailMessage mail = texts.single(new Notification(julien, kind, "event:1", List.of("un", "deux", "trois"),
                    "/index.xhtml", NOW));
            assertThat(mail.subject()).as(kind + " " + language).isNotBlank().doesNotContain("{");
            assertThat(mail.body()).as(kind + " " + language).contains("un").doesNotContain("{0}", "{1}");
        }
    }

    @Test
    void notificationsAreGroupedByRecipientInTheirOrder() {
        Account claire = new Account("pole", "hash", Role.POLE,
                new Person("Claire Morel", "claire.morel@demo.fabrique.test", PersonCategory.POLE_STAFF), null);
        Notification a = arbitrated(julien, "A", "#RETAINED", 1);
        Notification b = arbitrated(claire, "B", "#RETAINED", 2);
        Notification c = arbitrated(julien, "C", "#REJECTED", 3);

        Map<Account, List<Notification>> grouped = NotificationDispatch.byAccount(List.of(a, b, c));

        assertThat(grouped.keySet()).containsExactly(julien, claire);
        assertThat(grouped.get(julien)).containsExactly(a, c);
        assertThat(grouped.get(claire)).containsExactly(b);
    }

    private static Notification arbitrated(Account to, String title, String decision, long candidateId) {
        return new Notification(to, NotificationKind.CANDIDATE_ARBITRATED, "candidate:" + candidateId + ":arbitration:1",
                List.of(title, decision), "/dialogue/candidate.xhtml?id=" + candidateId, NOW);
    }
}
