package org.fabrique.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where notifications wait to be mailed. */
public interface NotificationRepository {

    /** The accounts already told of this event (mailed or not), in one statement. */
    Set<Long> accountsTold(String eventKey);

    Notification store(Notification notification);

    /**
     * Up to {@code limit} notifications not mailed yet, oldest first, of enabled accounts that chose this
     * preference, with the account and its person loaded (a disabled account's wait until it is enabled).
     */
    List<Notification> unsent(NotificationPreference preference, int limit);

    /** The enabled accounts with this role. */
    List<Account> accountsWithRole(Role role);

    /** The enabled accounts of this directorate. */
    List<Account> accountsOfDirectorate(long directorateId);

    /** The enabled accounts of these people. */
    List<Account> accountsOfPeople(Collection<Long> personIds);

    /** The enabled account with this username, if any. */
    List<Account> accountsWithUsername(String username);
}
