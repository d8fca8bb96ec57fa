package org.fabrique.prospective.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.fabrique.core.application.MailTexts;
import org.fabrique.core.domain.NotificationKind;

/**
 * The prospective workshops' mails: to a workshop's members when a session is convened, to an amendment's author when the group decided it. Their subjects and bodies are in WorkshopMails.properties (French) and WorkshopMails_en.properties.
 */
@ApplicationScoped
public class WorkshopMails implements MailTexts {

    public static final NotificationKind WORKSHOP_SESSION_CONVENED = new NotificationKind("WORKSHOP_SESSION_CONVENED");
    public static final NotificationKind AMENDMENT_DECIDED = new NotificationKind("AMENDMENT_DECIDED");

    private static final Set<NotificationKind> KINDS = Set.of(WORKSHOP_SESSION_CONVENED, AMENDMENT_DECIDED);

    @Override
    public Set<NotificationKind> kinds() {
        return KINDS;
    }

    @Override
    public ResourceBundle texts(Locale locale) {
        return MailTexts.bundle(WorkshopMails.class.getName(), locale, WorkshopMails.class.getClassLoader());
    }
}
