package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationPreference;
import org.fabrique.core.domain.NotificationRepository;
import org.fabrique.core.domain.Role;

/** Notifications and their recipients in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    private static final String ENABLED_ACCOUNTS = "select a from Account a join fetch a.person where a.enabled = true";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    @Override
    public Set<Long> accountsTold(String eventKey) {
        return new HashSet<>(entityManager.createQuery("select n.account.id from Notification n"
                        + " where n.eventKey = :key", Long.class)
                .setParameter("key", eventKey)
                .getResultList());
    }

    @Override
    public Notification store(Notification notification) {
        return EntityStore.store(entityManager, notification, notification.getId());
    }

    @Override
    public List<Notification> unsent(NotificationPreference preference, int limit) {
        return entityManager.createQuery("select n from Notification n join fetch n.account a join fetch a.person"
                        + " where n.sentAt is null and a.enabled = true and a.notificationPreference = :preference"
                        + " order by n.createdAt, n.id", Notification.class)
                .setParameter("preference", preference)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Account> accountsWithRole(Role role) {
        return entityManager.createQuery(ENABLED_ACCOUNTS + " and a.role = :role", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public List<Account> accountsOfDirectorate(long directorateId) {
        return entityManager.createQuery(ENABLED_ACCOUNTS + " and a.directorate.id = :directorate", Account.class)
                .setParameter("directorate", directorateId)
                .getResultList();
    }

    @Override
    public List<Account> accountsOfPeople(Collection<Long> personIds) {
        return entityManager.createQuery(ENABLED_ACCOUNTS + " and a.person.id in :people", Account.class)
                .setParameter("people", personIds)
                .getResultList();
    }

    @Override
    public List<Account> accountsWithUsername(String username) {
        return entityManager.createQuery(ENABLED_ACCOUNTS + " and a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultList();
    }
}
