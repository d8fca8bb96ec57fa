package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.PasswordReset;
import org.fabrique.core.domain.PasswordResetRepository;

/** Password reset links in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaPasswordResetRepository implements PasswordResetRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    @Override
    public Optional<PasswordReset> findBySecretHash(String secretHash) {
        return entityManager.createQuery("select r from PasswordReset r join fetch r.account a join fetch a.person"
                        + " where r.secretHash = :hash", PasswordReset.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PasswordReset> unusedOf(long accountId) {
        return entityManager.createQuery("select r from PasswordReset r where r.account.id = :account and r.usedAt is null",
                        PasswordReset.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public PasswordReset store(PasswordReset reset) {
        return EntityStore.store(entityManager, reset, reset.getId());
    }
}
