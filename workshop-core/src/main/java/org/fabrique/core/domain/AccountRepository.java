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

    /** Accounts ordered by username, each with its person and directorate loaded. */
    Page<Account> page(PageRequest request);

    long count();

    /** Stores a new account or the changes to an existing one; returns the stored instance. */
    Account store(Account account);
}
