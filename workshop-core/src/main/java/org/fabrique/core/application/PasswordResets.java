package org.fabrique.core.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.PasswordReset;
import org.fabrique.core.domain.PasswordResetRepository;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.security.PasswordHasher;
import org.fabrique.core.security.PasswordPolicy;
import org.fabrique.core.security.Secrets;

/**
 * A forgotten password: the pôle sends the person a one-time link by mail (it never sees nor sets the
 * password), and the person chooses a new password through it within 24 hours. Sending a new link cancels
 * the earlier ones; the link works once.
 */
@Stateless
public class PasswordResets {

    /** The page the link opens, after the public address. */
    public static final String PAGE = "/password-reset.xhtml?token=";

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordResetRepository resets;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailbox mailbox;

    @Inject
    CityClock clock;

    @Inject
    AuditLog audit;

    /**
     * Mails a one-time link to the account's person; returns the address it went to.
     *
     * @throws StateConflict {@code account.reset.noEmail} without a mail address, {@code account.reset.disabled}
     *                       for a disabled account, {@code account.reset.mailFailed} when the mail cannot go out
     *                       (then nothing changed)
     */
    @RolesAllowed(Roles.POLE)
    public String send(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new RecordNotFound("account", accountId));
        String email = account.getPerson().getEmail();
        if (email == null || email.isBlank()) {
            throw new StateConflict("account.reset.noEmail");
        }
        if (!account.isEnabled()) {
            throw new StateConflict("account.reset.disabled");
        }
        for (PasswordReset earlier : resets.unusedOf(accountId)) {
            earlier.spend(clock.now());
            resets.store(earlier);
        }
        String secret = Secrets.newSecret("");
        resets.store(new PasswordReset(account, Secrets.hash(secret), clock.now()));
        try {
            mailbox.send(PasswordResetMail.of(account, PublicAddress.base() + PAGE + secret));
        } catch (MailNotSent e) {
            throw new StateConflict("account.reset.mailFailed");
        }
        audit.recordForCaller(AuditType.ACCOUNT_CHANGED, "account " + account.getUsername(),
                "password reset link mailed by " + session.getCallerPrincipal().getName());
        return email;
    }

    /** The username a link would reset, if it can still be used. */
    @PermitAll
    public Optional<String> usable(String secret) {
        return find(secret).map(r -> r.getAccount().getUsername());
    }

    /**
     * Sets the new password through the link and spends it.
     *
     * @throws StateConflict {@code password.reset.invalid} for a link unknown, used, expired or cancelled
     * @throws InvalidInput  {@code newPassword} for a password the policy refuses (the link stays usable)
     */
    @PermitAll
    public void reset(String secret, char[] newPassword) {
        PasswordReset reset = find(secret).orElseThrow(() -> new StateConflict("password.reset.invalid"));
        Account account = reset.getAccount();
        PasswordPolicy.problem(newPassword, account.getUsername(), account.getPerson().getName(),
                account.getPerson().getEmail()).ifPresent(key -> {
                    throw new InvalidInput("newPassword", key);
                });
        account.changePassword(hasher.hash(newPassword));
        accounts.store(account);
        reset.spend(clock.now());
        resets.store(reset);
        audit.record(AuditType.ACCOUNT_CHANGED, account.getUsername(), "account " + account.getUsername(),
                "password reset by link");
    }

    private Optional<PasswordReset> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return resets.findBySecretHash(Secrets.hash(secret.strip())).filter(r -> r.usable(clock.now()));
    }
}
