package org.fabrique.core.domain;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link to choose a new password, sent by mail at the pôle's request: only the hash of its
 * secret is kept; it works once, for {@link #LIFETIME}, while its account is enabled, and only if no newer
 * link was sent since.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration LIFETIME = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(Account account, String secretHash, Instant createdAt) {
        this.account = Objects.requireNonNull(account, "account is required");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash is required");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
    }

    /** Whether the link may still be used at {@code now}: unused, not expired, its account enabled. */
    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(createdAt.plus(LIFETIME)) && account.isEnabled();
    }

    /** Spends the link (or cancels it when a newer one is sent). */
    public void spend(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
