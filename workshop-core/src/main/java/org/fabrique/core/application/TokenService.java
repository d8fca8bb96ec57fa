package org.fabrique.core.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.ApiToken;
import org.fabrique.core.domain.ApiTokenRepository;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.security.Secrets;

/**
 * Personal API tokens: each person creates, lists and revokes their own; the authentication mechanism
 * trades a secret for its holder. A secret is {@value #PREFIX} and 43 characters of 256 random bits; only
 * its SHA-256 is kept, so checking one costs a hash and an indexed read, never a password hashing.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class TokenService {

    public static final String PREFIX = "fab_";
    /** The life of a token created without an expiry. */
    public static final int DEFAULT_DAYS = 90;

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    CityClock clock;

    @Inject
    AuditLog audit;

    /** The caller's tokens still in force or expired, newest first; revoked ones are gone. */
    public List<TokenSummary> mine() {
        return tokens.ofAccount(current().getId()).stream().map(TokenService::toSummary).toList();
    }

    /**
     * A new token for the caller, valid through {@code expiresOn} (by default {@value #DEFAULT_DAYS} days
     * from today, at most {@value ApiToken#MAX_DAYS}).
     */
    public NewToken create(String name, LocalDate expiresOn) {
        LocalDate today = clock.today();
        LocalDate expiry = expiresOn == null ? today.plusDays(DEFAULT_DAYS) : expiresOn;
        if (!expiry.isAfter(today) || expiry.isAfter(today.plusDays(ApiToken.MAX_DAYS))) {
            throw new InvalidInput("expiresOn", "token.expiresOn.range");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "token.name.required");
        }
        if (name.strip().length() > ApiToken.NAME_MAX_LENGTH) {
            throw new InvalidInput("name", "token.name.size");
        }
        String secret = Secrets.newSecret(PREFIX);
        Account account = current();
        ApiToken token = tokens.store(new ApiToken(account, name, Secrets.hash(secret), clock.now(), today, expiry));
        audit.record(AuditType.TOKEN_CREATED, account.getUsername(), "token " + token.getId(),
                "expires on " + expiry);
        return new NewToken(toSummary(token), secret);
    }

    /** Revokes one of the caller's tokens: it stops at once. Another person's token is not found. */
    public void revoke(long id) {
        Account account = current();
        ApiToken token = tokens.findById(id)
                .filter(t -> t.getAccount().getId().equals(account.getId()) && t.getRevokedAt() == null)
                .orElseThrow(() -> new RecordNotFound("token", id));
        token.revoke(clock.now());
        tokens.store(token);
        audit.record(AuditType.TOKEN_REVOKED, account.getUsername(), "token " + id, null);
    }

    /**
     * Who this secret lets in now, if anyone: the token exists, is neither revoked nor expired, and its
     * account is enabled. Its last use is noted (at most once a minute, in a transaction of the repository's own): the
     * lookup itself opens none, as it runs for every call with a token.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenHolder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findBySecretHash(Secrets.hash(secret)).filter(t -> t.works(clock.today()));
        Instant now = clock.now();
        found.filter(t -> t.useToNote(now)).ifPresent(t -> tokens.noteUse(t.getId(), now));
        return found.map(t -> new TokenHolder(t.getAccount().getUsername(), t.getAccount().getRole()));
    }

    private Account current() {
        String username = session.getCallerPrincipal().getName();
        return accounts.findByUsername(username).orElseThrow(() -> new RecordNotFound("account", username));
    }

    private static TokenSummary toSummary(ApiToken token) {
        return new TokenSummary(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresOn(),
                token.getLastUsedAt());
    }
}
