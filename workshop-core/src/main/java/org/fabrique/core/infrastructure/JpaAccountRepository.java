package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Accounts in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final String WITH_PERSON_AND_DIRECTORATE =
            "select a from Account a join fetch a.person left join fetch a.directorate";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaAccountRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaAccountRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return entityManager.createQuery(WITH_PERSON_AND_DIRECTORATE + " where a.username = :username",
                        Account.class)
                .setParameter("username", comparable(username))
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean existsByUsername(String username) {
        if (username == null) {
            return false;
        }
        return entityManager.createQuery("select count(a) from Account a where a.username = :username", Long.class)
                .setParameter("username", comparable(username))
                .getSingleResult() > 0;
    }

    @Override
    public List<Account> withUsernames(Collection<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(WITH_PERSON_AND_DIRECTORATE + " where a.username in :usernames", Account.class)
                .setParameter("usernames", usernames)
                .getResultList();
    }

    @Override
    public List<Account> withIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(WITH_PERSON_AND_DIRECTORATE + " where a.id in :ids order by a.person.name",
                        Account.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Page<Account> page(PageRequest request) {
        return PagedQuery.page(entityManager, "select count(a) from Account a",
                WITH_PERSON_AND_DIRECTORATE + " order by a.username", Account.class, request);
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public Account store(Account account) {
        return EntityStore.store(entityManager, account, account.getId());
    }

    /** Usernames are stored stripped and lower-case, so the lookup key is too. */
    private static String comparable(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
