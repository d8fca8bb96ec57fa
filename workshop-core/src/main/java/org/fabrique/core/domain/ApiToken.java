package org.fabrique.core.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A personal API token: a secret its owner puts in {@code Authorization: Bearer} instead of a password.
 * Only the secret's hash is kept. A token works until its expiry day has passed, until its owner revokes
 * it, and only while its account is enabled.
 */
@Entity
@Cacheable
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX_LENGTH = 100;
    /** The longest life a token may have. */
    public static final int MAX_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    /**
     * A new token of {@code account}, valid through {@code expiresOn}, which must come after
     * {@code today} and at most {@value #MAX_DAYS} days later.
     */
    public ApiToken(Account account, String name, String secretHash, Instant createdAt, LocalDate today,
            LocalDate expiresOn) {
        this.account = Objects.requireNonNull(account, "account is required");
        this.name = Invariants.requiredText(name, "name", NAME_MAX_LENGTH);
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash is required");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(expiresOn, "expiresOn is required");
        if (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException("expiresOn must be after today and at most " + MAX_DAYS + " days later");
        }
        this.expiresOn = expiresOn;
    }

    /** Whether the token lets its owner in on {@code today}: not revoked, not expired, account enabled. */
    public boolean works(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn) && account.isEnabled();
    }

    /** How often a token's last use is noted at most, to spare the database. */
    public static final long USE_NOTED_EVERY_SECONDS = 60;

    /** Whether a use at {@code at} is worth noting: the last one noted is a minute old, or none is. */
    public boolean useToNote(Instant at) {
        return lastUsedAt == null || !lastUsedAt.plusSeconds(USE_NOTED_EVERY_SECONDS).isAfter(at);
    }

    /** Stops the token for good; revoking it again changes nothing. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
