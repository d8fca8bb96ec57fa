package org.fabrique.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.security.PasswordHasher;

/** Creates the pôle's first account, {@value #USERNAME}, so that someone can sign in to a new database. */
@ApplicationScoped
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    PersonRepository people;

    @Inject
    PasswordHasher hasher;

    /**
     * Creates the {@link Role#POLE} account {@value #USERNAME} with this password when there is no account
     * at all.
     *
     * @return whether the account was created (false when accounts already exist)
     * @throws IllegalArgumentException when the password is missing or shorter than 12 characters
     */
    @Transactional
    public boolean createIfNoAccount(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "password of the first administrator must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.count() > 0) {
            LOG.fine("Accounts exist: no first administrator created");
            return false;
        }
        Person person = people.store(new Person("Administrateur", null, PersonCategory.POLE_STAFF));
        accounts.store(new Account(USERNAME, hasher.hash(password.toCharArray()), Role.POLE, person, null));
        LOG.info(() -> "First administrator account '" + USERNAME + "' created");
        return true;
    }
}
