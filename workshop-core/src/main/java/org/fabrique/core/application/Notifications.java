package org.fabrique.core.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationRepository;
import org.fabrique.core.domain.Role;

/**
 * The port through which the modules queue e-mail notifications, in the transaction of the change they
 * tell of: if the change rolls back, nobody is told. An account is told of an event once: queuing the
 * same event again (a reminder job run twice, or after a restart) queues nothing. Disabled accounts and
 * people without an e-mail address are left out. The mails are sent later by {@link NotificationDispatch}.
 */
@Stateless
@PermitAll
public class Notifications {

    @Inject
    NotificationRepository notifications;

    @Inject
    CityClock clock;

    /** Tells every enabled account with this role (the pôle, say); returns how many were queued. */
    public int toRole(Role role, NotificationEvent event) {
        return queue(notifications.accountsWithRole(role), event);
    }

    /** Tells the enabled accounts of this directorate. */
    public int toDirectorate(long directorateId, NotificationEvent event) {
        return queue(notifications.accountsOfDirectorate(directorateId), event);
    }

    /** Tells the enabled accounts of these people (a workshop's members, say). */
    public int toPeople(Collection<Long> personIds, NotificationEvent event) {
        return personIds.isEmpty() ? 0 : queue(notifications.accountsOfPeople(personIds), event);
    }

    /** Tells the account with this username (the author of a record, say), if it still exists. */
    public int toUsername(String username, NotificationEvent event) {
        return queue(notifications.accountsWithUsername(username), event);
    }

    private int queue(List<Account> recipients, NotificationEvent event) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Set<Long> told = notifications.accountsTold(event.eventKey());
        int queued = 0;
        for (Account account : recipients) {
            if (account.getPerson().getEmail() == null || told.contains(account.getId())) {
                continue;
            }
            notifications.store(new Notification(account, event.kind(), event.eventKey(), event.arguments(),
                    event.link(), clock.now()));
            queued++;
        }
        return queued;
    }
}
