package org.fabrique.dialogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.application.MailMessage;
import org.fabrique.core.application.NotificationTexts;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationKind;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.junit.jupiter.api.Test;

/** The citizen dialogue's mails as a directorate reads them, in French and in English. */
class DialogueMailsTest {

    private static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");

    private final NotificationTexts texts = new NotificationTexts("https://fabrique.example.org/", List.of(new DialogueMails()));

    private final Account julien = new Account("direction", "hash", Role.DIRECTORATE,
            new Person("Julien Roux", "julien.roux@demo.fabrique.test", PersonCategory.DIRECTOR),
            new Directorate("Direction de la culture"));

    @Test
    void anArbitrationIsToldInFrenchByDefaultWithItsDecisionTranslated() {
        MailMessage mail = texts.single(arbitrated("Fête des quartiers", "#RETAINED", 3));

        assertThat(mail.subject()).isEqualTo("Arbitrage : Fête des quartiers");
        assertThat(mail.body()).startsWith("Bonjour Julien Roux,")
                .contains("Les élus ont arbitré votre projet candidat « Fête des quartiers » : retenu.")
                .contains("https://fabrique.example.org/dialogue/candidate.xhtml?id=3");
    }

    @Test
    void anAnswerDueSoonIsToldInEnglishToWhoChoseEnglish() {
        julien.chooseLanguage("en");

        MailMessage mail = texts.single(recommendation(DialogueMails.RECOMMENDATION_DUE_SOON, "Ouvrir les ateliers",
                "date:2026-06-30"));

        assertThat(mail.subject()).isEqualTo("Answer due by June 30, 2026");
        assertThat(mail.body()).startsWith("Hello Julien Roux,").contains("\"Ouvrir les ateliers\"");
    }

    @Test
    void anOverdueAnswerGivesItsDateInFrench() {
        MailMessage mail = texts.single(recommendation(DialogueMails.RECOMMENDATION_OVERDUE, "Ouvrir les ateliers",
                "date:2026-06-30"));

        assertThat(mail.subject()).isEqualTo("Réponse en retard : échéance du 30 juin 2026 dépassée");
    }

    @Test
    void aCorrectionQuotesThePersonsTextAsItIs() {
        MailMessage mail = texts.single(recommendation(DialogueMails.RECOMMENDATION_CORRECTED,
                "date:demain, ouvrir les ateliers", "date:2026-13-45"));

        assertThat(mail.body()).contains("« date:demain, ouvrir les ateliers »", "Motif : date:2026-13-45");
    }

    @Test
    void aDigestListsEachArbitration() {
        MailMessage digest = texts.digest(List.of(arbitrated("Fête des quartiers", "#RETAINED", 3),
                arbitrated("Balades urbaines", "#DEFERRED", 4)), LocalDate.of(2026, 5, 12));

        assertThat(digest.body()).contains("* Arbitrage : Fête des quartiers", "* Arbitrage : Balades urbaines",
                ": reporté.", "candidate.xhtml?id=3", "candidate.xhtml?id=4");
    }

    @Test
    void everyKindHasASubjectAndABodyInBothLanguages() {
        assertThat(texts.unwritten()).isEmpty();
    }

    private Notification arbitrated(String title, String decision, long candidateId) {
        return new Notification(julien, DialogueMails.CANDIDATE_ARBITRATED, "candidate:" + candidateId + ":arbitration:1",
                List.of(title, decision), "/dialogue/candidate.xhtml?id=" + candidateId, NOW);
    }

    private Notification recommendation(NotificationKind kind, String text, String second) {
        return new Notification(julien, kind, "recommendation:7:" + kind, List.of(text, second),
                "/dialogue/recommendations.xhtml?programme=2", NOW);
    }
}
