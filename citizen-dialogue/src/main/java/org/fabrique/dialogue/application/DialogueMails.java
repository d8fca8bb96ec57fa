package org.fabrique.dialogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.fabrique.core.application.MailTexts;
import org.fabrique.core.domain.NotificationKind;

/**
 * The citizen dialogue's mails: to the pôle when a candidate is submitted; to a directorate when its candidate is studied or decided, when a recommendation is given to it, reassigned, corrected, due soon or overdue; to the pôle when an answer is still overdue. Their subjects and bodies are in DialogueMails.properties (French) and DialogueMails_en.properties.
 */
@ApplicationScoped
public class DialogueMails implements MailTexts {

    public static final NotificationKind CANDIDATE_SUBMITTED = new NotificationKind("CANDIDATE_SUBMITTED");
    public static final NotificationKind FEASIBILITY_RECORDED = new NotificationKind("FEASIBILITY_RECORDED");
    public static final NotificationKind CANDIDATE_ARBITRATED = new NotificationKind("CANDIDATE_ARBITRATED");
    public static final NotificationKind RECOMMENDATION_ASSIGNED = new NotificationKind("RECOMMENDATION_ASSIGNED");
    public static final NotificationKind RECOMMENDATION_REASSIGNED = new NotificationKind("RECOMMENDATION_REASSIGNED");
    public static final NotificationKind RECOMMENDATION_CORRECTED = new NotificationKind("RECOMMENDATION_CORRECTED");
    public static final NotificationKind RECOMMENDATION_DUE_SOON = new NotificationKind("RECOMMENDATION_DUE_SOON");
    public static final NotificationKind RECOMMENDATION_OVERDUE = new NotificationKind("RECOMMENDATION_OVERDUE");
    public static final NotificationKind RECOMMENDATION_ESCALATED = new NotificationKind("RECOMMENDATION_ESCALATED");

    private static final Set<NotificationKind> KINDS = Set.of(CANDIDATE_SUBMITTED, FEASIBILITY_RECORDED, CANDIDATE_ARBITRATED, RECOMMENDATION_ASSIGNED, RECOMMENDATION_REASSIGNED, RECOMMENDATION_CORRECTED, RECOMMENDATION_DUE_SOON, RECOMMENDATION_OVERDUE, RECOMMENDATION_ESCALATED);

    @Override
    public Set<NotificationKind> kinds() {
        return KINDS;
    }

    @Override
    public ResourceBundle texts(Locale locale) {
        return MailTexts.bundle(DialogueMails.class.getName(), locale, DialogueMails.class.getClassLoader());
    }
}
