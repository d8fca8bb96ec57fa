package org.fabrique.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened and that the pôle may need to account for: who signed in or failed to, who
 * was refused, who exported or read a confidential record, which tokens and accounts changed, which
 * backups were taken. An event is written once and never changed. It never holds a password nor a
 * confidential text: its target names a record ({@code "workshop 3"}), its detail says what happened
 * ({@code "wrong password"}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int USERNAME_MAX_LENGTH = 80;
    public static final int ADDRESS_MAX_LENGTH = 64;
    public static final int TARGET_MAX_LENGTH = 200;
    public static final int DETAIL_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditType type;

    @Column(length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(length = ADDRESS_MAX_LENGTH)
    private String address;

    @Column(length = TARGET_MAX_LENGTH)
    private String target;

    @Column(length = DETAIL_MAX_LENGTH)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * An event; {@code username}, {@code address}, {@code target} and {@code detail} may be null. Texts are
     * cut to their column and stripped of control characters: a username someone typed is kept as
     * evidence, not as markup or log lines.
     */
    public AuditEvent(Instant at, AuditType type, String username, String address, String target, String detail) {
        this.at = Objects.requireNonNull(at, "at is required");
        this.type = Objects.requireNonNull(type, "type is required");
        this.username = printable(username, USERNAME_MAX_LENGTH);
        this.address = printable(address, ADDRESS_MAX_LENGTH);
        this.target = printable(target, TARGET_MAX_LENGTH);
        this.detail = printable(detail, DETAIL_MAX_LENGTH);
    }

    /** {@code text} without control characters nor lone surrogates, cut to {@code max} characters. */
    static String printable(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().forEach(c -> {
            boolean surrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
            kept.appendCodePoint(Character.isISOControl(c) || surrogate ? '?' : c);
        });
        if (kept.length() > max) {
            int cut = Character.isHighSurrogate(kept.charAt(max - 2)) ? max - 2 : max - 1;
            return kept.substring(0, cut) + "…";
        }
        return kept.toString();
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public AuditType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
