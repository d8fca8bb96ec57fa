package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.ApiToken;
import org.fabrique.core.domain.ApiTokenRepository;

/** API tokens in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** Read on every request with a token: cached as the account is ({@link JpaAccountRepository#findByUsername}). */
    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return entityManager.createQuery("select t from ApiToken t join fetch t.account a join fetch a.person"
                        + " where t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", secretHash)
                .setHint(QueryCache.CACHEABLE, true)
                .getResultList() // the query cache serves lists, not streams
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> ofAccount(long accountId) {
        return entityManager.createQuery("select t from ApiToken t where t.account.id = :account"
                        + " and t.revokedAt is null order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** In the caller's transaction, or in one of its own when called without (a token's lookup opens none). */
    @Override
    @Transactional
    public void noteUse(long id, Instant at) {
        entityManager.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt <= :aMinuteBefore)")
                .setParameter("at", at)
                .setParameter("id", id)
                .setParameter("aMinuteBefore", at.minusSeconds(ApiToken.USE_NOTED_EVERY_SECONDS))
                .executeUpdate();
    }

    @Override
    public ApiToken store(ApiToken token) {
        return EntityStore.store(entityManager, token, token.getId());
    }
}
