package org.fabrique.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.security.PasswordHasher;

/**
 * Checks a username and password against the accounts in the database. A disabled account, an
 * unknown username and a wrong password all fail the same way (and take the same time); the
 * failure is logged with the username and the reason, never the password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    /** A hash of nothing in particular, checked when the username is unknown so timing tells nothing. */
    private volatile String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase();
        char[] password = login.getPassword().getValue();
        Optional<Account> found = username.isEmpty() ? Optional.empty() : accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash());
            LOG.warning(() -> "Failed login for unknown username '" + printable(username) + "'");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = found.get();
        boolean passwordMatches = hasher.verify(password, account.getPasswordHash());
        if (!passwordMatches) {
            LOG.warning(() -> "Failed login for '" + account.getUsername() + "': wrong password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!account.isEnabled()) {
            LOG.warning(() -> "Failed login for '" + account.getUsername() + "': account disabled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getUsername(), Set.of(account.getRole().name()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-for-unknown-users".toCharArray());
        }
        return decoyHash;
    }

    private static String printable(String username) {
        String cut = username.length() > 40 ? username.substring(0, 40) + "…" : username;
        return cut.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
    }
}
