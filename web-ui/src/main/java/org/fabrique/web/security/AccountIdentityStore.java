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

    /** The outcome of a check: valid, or why not (for the audit and the log, never for the caller). */
    public record Check(CredentialValidationResult result, String failure) {
        boolean valid() {
            return failure == null;
        }
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return check(login.getCaller(), login.getPassword().getValue()).result();
    }

    /** Checks a username and password; a failure says why (unknown, wrong password, disabled). */
    public Check check(String caller, char[] password) {
        String username = caller == null ? "" : caller.trim().toLowerCase();
        Optional<Account> found = username.isEmpty() ? Optional.empty() : accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash());
            LOG.warning(() -> "Failed login for unknown username '" + printable(username) + "'");
            return new Check(CredentialValidationResult.INVALID_RESULT, "unknown username");
        }
        Account account = found.get();
        boolean passwordMatches = hasher.verify(password, account.getPasswordHash());
        if (!passwordMatches) {
            LOG.warning(() -> "Failed login for '" + account.getUsername() + "': wrong password");
            return new Check(CredentialValidationResult.INVALID_RESULT, "wrong password");
        }
        if (!account.isEnabled()) {
            LOG.warning(() -> "Failed login for '" + account.getUsername() + "': account disabled");
            return new Check(CredentialValidationResult.INVALID_RESULT, "account disabled");
        }
        return new Check(new CredentialValidationResult(account.getUsername(), Set.of(account.getRole().name())), null);
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-for-unknown-users".toCharArray());
        }
        return decoyHash;
    }

    static String printable(String username) {
        String cut = username.length() > 40 ? username.substring(0, 40) + "…" : username;
        return cut.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
    }
}
