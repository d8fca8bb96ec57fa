package org.fabrique.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationPreference;
import org.fabrique.core.domain.NotificationRepository;

/**
 * Mails the queued notifications: one mail each to those who chose immediate mails, one digest of all
 * that waits to those who chose a daily digest. A notification is marked sent in the database once its
 * mail is taken by the SMTP server, so nothing is mailed twice, even after a restart; one the server
 * refuses stays queued for the next run; when the server cannot be reached, the run stops there. Run by
 * the schedule (as the pôle), or by the pôle to send at once.
 */
@Stateless
@RolesAllowed(Roles.POLE)
public class NotificationDispatch {

    /** How many notifications one run mails at most: the next run takes the rest. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(NotificationDispatch.class.getName());

    @Inject
    NotificationRepository notifications;

    @Inject
    Mailbox mailbox;

    @Inject
    CityClock clock;

    /** Each mission's mails (the citizen dialogue's, the workshops', the evaluations'…). */
    @Inject
    Instance<MailTexts> missions;

    /** Mails the waiting notifications of those who chose immediate mails, one mail each. */
    public DispatchReport sendImmediate() {
        NotificationTexts texts = texts();
        int sent = 0;
        for (Notification notification : notifications.unsent(NotificationPreference.IMMEDIATE, BATCH)) {
            try {
                mailbox.send(texts.single(notification));
                notification.markSent(clock.now());
                sent++;
            } catch (MailNotSent e) {
                if (!e.isRecipientRefused()) {
                    return new DispatchReport(sent, e.getMessage());
                }
                LOG.log(Level.WARNING, e.getMessage(), e);
            }
        }
        return new DispatchReport(sent, null);
    }

    /** Mails one digest to each person who chose a digest and has notifications waiting. */
    public DispatchReport sendDigests() {
        NotificationTexts texts = texts();
        int sent = 0;
        Instant now = clock.now();
        for (List<Notification> items : byAccount(notifications.unsent(NotificationPreference.DAILY_DIGEST,
                BATCH * 10)).values()) {
            try {
                mailbox.send(texts.digest(items, clock.today()));
                items.forEach(item -> item.markSent(now));
                sent++;
            } catch (MailNotSent e) {
                if (!e.isRecipientRefused()) {
                    return new DispatchReport(sent, e.getMessage());
                }
                LOG.log(Level.WARNING, e.getMessage(), e);
            }
        }
        return new DispatchReport(sent, null);
    }

    /** The notifications grouped by recipient, each group and the groups in the order given. */
    static Map<Account, List<Notification>> byAccount(List<Notification> notifications) {
        Map<Account, List<Notification>> grouped = new LinkedHashMap<>();
        for (Notification notification : notifications) {
            grouped.computeIfAbsent(notification.getAccount(), a -> new ArrayList<>()).add(notification);
        }
        return grouped;
    }

    /** The public address of Fabrique, for the links of the mails: FABRIQUE_BASE_URL, else localhost. */
    private NotificationTexts texts() {
        String baseUrl = System.getenv("FABRIQUE_BASE_URL");
        List<MailTexts> all = new ArrayList<>();
        missions.forEach(all::add);
        return new NotificationTexts(baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl, all);
    }
}
