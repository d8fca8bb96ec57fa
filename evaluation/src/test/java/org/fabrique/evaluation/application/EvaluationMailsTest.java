package org.fabrique.evaluation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fabrique.core.application.NotificationTexts;
import org.junit.jupiter.api.Test;

/** This mission's mails: every kind it sends has a subject and a body in French and in English. */
class EvaluationMailsTest {

    private final NotificationTexts texts = new NotificationTexts("https://fabrique.example.org", List.of(new EvaluationMails()));

    @Test
    void everyKindHasASubjectAndABodyInBothLanguages() {
        assertThat(new EvaluationMails().kinds()).contains(EvaluationMails.EVALUATION_RECOMMENDATION_ASSIGNED);
        assertThat(texts.unwritten()).isEmpty();
    }
}
