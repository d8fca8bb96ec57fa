package org.fabrique.prospective.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.fabrique.core.application.MailMessage;
import org.fabrique.core.application.NotificationTexts;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.junit.jupiter.api.Test;

/** This mission's mails: every kind it sends has a subject and a body in French and in English. */
class WorkshopMailsTest {

    private static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");

    private final NotificationTexts texts = new NotificationTexts("https://fabrique.example.org", List.of(new WorkshopMails()));

    private final Account claire = new Account("pole", "hash", Role.POLE,
            new Person("Claire Morel", "claire.morel@demo.fabrique.test", PersonCategory.POLE_STAFF), null);

    @Test
    void everyKindHasASubjectAndABodyInBothLanguages() {
        assertThat(new WorkshopMails().kinds()).contains(WorkshopMails.AMENDMENT_DECIDED);
        assertThat(texts.unwritten()).isEmpty();
    }

    @Test
    void anAmendmentsDecisionIsTranslated() {
        claire.chooseLanguage("fr");
        MailMessage mail = texts.single(new Notification(claire, WorkshopMails.AMENDMENT_DECIDED, "amendment:3:decided",
                List.of("Atelier Personnes âgées", "Chapitre 2", "#ACCEPTED_AS_MODIFIED"), "/prospective/document.xhtml?workshop=1", NOW));

        assertThat(mail.body()).contains("accepté avec modifications");
    }
}
