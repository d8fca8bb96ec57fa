package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountFilter;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Accounts in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final Map<String, String> SORT_PATHS = Map.of("username", "a.username",
            "displayName", "a.person.name", "role", "a.role", "enabled", "a.enabled");

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

    /**
     * Read on every request that carries a session or a token, so kept in the second-level cache (the query, and
     * the account, its person and directorate): no SQL while the account is unchanged; any change to an account,
     * person or directorate table invalidates it at commit, so a disabled account is refused at once.
     */
    @Override
    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return entityManager.createQuery(WITH_PERSON_AND_DIRECTORATE + " where a.username = :username",
                        Account.class)
                .setParameter("username", comparable(username))
                .setHint(QueryCache.CACHEABLE, true)
                .getResultList() // the query cache serves lists, not streams
                .stream()
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
    public Page<Account> page(AccountFilter filter, List<SortKey> sort, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.text() != null) {
            conditions.add("(lower(a.username) like :text escape '!' or lower(a.person.name) like :text escape '!'"
                    + " or lower(a.person.email) like :text escape '!')");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        if (filter.role() != null) {
            conditions.add("a.role = :role");
            parameters.put("role", filter.role());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return PagedQuery.page(entityManager, "select count(a) from Account a" + where,
                WITH_PERSON_AND_DIRECTORATE + where + PagedQuery.orderBy(sort, SORT_PATHS, "a.username"),
                parameters, Account.class, request);
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public Account storeChanged(Account account) {
        // the version moves on now (and once more at the flush if the account itself changed), so that the
        // version returned is the one stored
        entityManager.lock(account, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        return account;
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
