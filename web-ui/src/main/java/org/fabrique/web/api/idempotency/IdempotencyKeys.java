package org.fabrique.web.api.idempotency;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.fabrique.core.application.CityClock;

/**
 * The keys of the accounts' {@code POST} requests, each step in a transaction of its own, committed
 * before the request's own work starts or after it ended: a key is claimed by one request only (the
 * unique key of the table decides between requests sent at the same time), answered once it succeeded,
 * released when it did not. Keys are kept 24 hours, then ignored and purged every hour.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** How long a key stays bound to its first request and answer. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    SessionContext context;

    @Inject
    CityClock clock;

    /** What is known of a key: its request, when it was claimed and its answer (null while in progress). */
    public record Claimed(long id, String fingerprint, Instant createdAt, StoredAnswer answer) {

        public boolean expired(Instant now) {
            return createdAt.isBefore(now.minus(LIFETIME));
        }
    }

    /** The key of this account as stored, expired or not. */
    public Optional<Claimed> find(String username, IdempotencyKey key) {
        List<IdempotencyRecord> found = entityManager.createQuery(
                        "select k from IdempotencyRecord k where k.username = :username and k.idempotencyKey = :key",
                        IdempotencyRecord.class)
                .setParameter("username", username).setParameter("key", key.value()).getResultList();
        return found.stream().findFirst()
                .map(k -> new Claimed(k.getId(), k.getFingerprint(), k.getCreatedAt(), k.answer()));
    }

    /**
     * Claims the key for a request about to run.
     *
     * @return the claim's id, or empty when another request holds the key (it was inserted first)
     */
    public Optional<Long> claim(String username, IdempotencyKey key, String fingerprint) {
        IdempotencyRecord claimed = new IdempotencyRecord(username, key, fingerprint, clock.now());
        try {
            entityManager.persist(claimed);
            entityManager.flush();
            return Optional.of(claimed.getId());
        } catch (PersistenceException e) {
            // the unique key (username, key): another request has it, or is inserting it right now
            context.setRollbackOnly();
            return Optional.empty();
        }
    }

    /** Keeps the answer of the request that claimed the key. */
    public void answer(long id, StoredAnswer answer) {
        IdempotencyRecord claimed = entityManager.find(IdempotencyRecord.class, id);
        if (claimed != null) {
            claimed.answered(answer);
        }
    }

    /** Frees the key of a request that was refused or failed, so that a retry runs again. */
    public void release(long id) {
        entityManager.createQuery("delete from IdempotencyRecord k where k.id = :id and k.responseStatus is null")
                .setParameter("id", id).executeUpdate();
    }

    /** Forgets a key past its lifetime, for the account to use it again. */
    public void forgetExpired(long id) {
        entityManager.createQuery("delete from IdempotencyRecord k where k.id = :id and k.createdAt < :oldest")
                .setParameter("id", id).setParameter("oldest", clock.now().minus(LIFETIME)).executeUpdate();
    }

    /** Every hour: deletes the keys past their lifetime. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purge() {
        int purged = entityManager.createQuery("delete from IdempotencyRecord k where k.createdAt < :oldest")
                .setParameter("oldest", clock.now().minus(LIFETIME)).executeUpdate();
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " idempotency keys older than 24 hours");
        }
    }
}
