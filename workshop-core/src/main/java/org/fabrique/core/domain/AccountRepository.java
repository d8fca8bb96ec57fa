package org.fabrique.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findById(long id);

    /** The account with this username, compared case-insensitively; its person and directorate are loaded. */
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /** These accounts with their person loaded, by name, in one query; unknown ids are left out. */
    List<Account> withIds(Collection<Long> ids);

    /** The accounts of these usernames, in one query; an unknown one is left out. */
    List<Account> withUsernames(Collection<String> usernames);

    /**
     * The accounts the filter lets through, in the order of the keys (of {@link AccountFilter#SORT_FIELDS}) then by username, each
     * with its person and directorate loaded.
     */
    Page<Account> page(AccountFilter filter, List<SortKey> sort, PageRequest request);

    long count();

    /**
     * Stores the changes to an account and to its person, and moves the account to its next version even when only
     * its person changed, so that another edit made from the version read before is refused; the version returned is
     * the new one.
     */
    Account storeChanged(Account account);

    /** Stores a new account or the changes to an existing one; returns the stored instance. */
    Account store(Account account);
}
