package org.fabrique.web.api.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One key an account sent with a {@code POST}: claimed before the request runs, then holding the answer
 * to replay once the request succeeded (until then {@code responseStatus} is null: still in progress).
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(nullable = false, length = IdempotencyKey.MAX_LENGTH)
    private String idempotencyKey;

    @Column(nullable = false, length = RequestFingerprint.LENGTH)
    private String fingerprint;

    @Column(nullable = false)
    private Instant createdAt;

    private Integer responseStatus;

    @Column(length = 2000)
    private String responseLocation;

    @Column(length = 200)
    private String responseType;

    private byte[] responseBody;

    protected IdempotencyRecord() {
        // for JPA
    }

    IdempotencyRecord(String username, IdempotencyKey key, String fingerprint, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.idempotencyKey = Objects.requireNonNull(key, "key is required").value();
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint is required");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
    }

    /** Keeps the answer of the request that claimed the key, to replay it. */
    void answered(StoredAnswer answer) {
        if (responseStatus != null) {
            throw new IllegalStateException("key " + id + " is already answered");
        }
        this.responseStatus = answer.status();
        this.responseLocation = answer.location();
        this.responseType = answer.contentType();
        this.responseBody = answer.body();
    }

    Long getId() {
        return id;
    }

    String getFingerprint() {
        return fingerprint;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** The stored answer, or null while the request that claimed the key runs. */
    StoredAnswer answer() {
        return responseStatus == null ? null
                : new StoredAnswer(responseStatus, responseLocation, responseType, responseBody);
    }
}
