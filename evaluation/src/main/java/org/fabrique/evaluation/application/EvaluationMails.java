package org.fabrique.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.fabrique.core.application.MailTexts;
import org.fabrique.core.domain.NotificationKind;

/**
 * The evaluations' mails: to the owner directorate of an evaluation's recommendation when it is assigned, when its follow-up is due soon and when it is overdue. Their subjects and bodies are in EvaluationMails.properties (French) and EvaluationMails_en.properties.
 */
@ApplicationScoped
public class EvaluationMails implements MailTexts {

    public static final NotificationKind EVALUATION_RECOMMENDATION_ASSIGNED = new NotificationKind("EVALUATION_RECOMMENDATION_ASSIGNED");
    public static final NotificationKind EVALUATION_RECOMMENDATION_DUE_SOON = new NotificationKind("EVALUATION_RECOMMENDATION_DUE_SOON");
    public static final NotificationKind EVALUATION_RECOMMENDATION_OVERDUE = new NotificationKind("EVALUATION_RECOMMENDATION_OVERDUE");

    private static final Set<NotificationKind> KINDS = Set.of(EVALUATION_RECOMMENDATION_ASSIGNED, EVALUATION_RECOMMENDATION_DUE_SOON, EVALUATION_RECOMMENDATION_OVERDUE);

    @Override
    public Set<NotificationKind> kinds() {
        return KINDS;
    }

    @Override
    public ResourceBundle texts(Locale locale) {
        return MailTexts.bundle(EvaluationMails.class.getName(), locale, EvaluationMails.class.getClassLoader());
    }
}
