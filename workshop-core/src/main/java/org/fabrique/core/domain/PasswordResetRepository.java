package org.fabrique.core.domain;

import java.util.List;
import java.util.Optional;

/** Where password reset links are kept (their hash only). */
public interface PasswordResetRepository {

    /** The link whose secret has this hash, with its account and person loaded. */
    Optional<PasswordReset> findBySecretHash(String secretHash);

    /** An account's links not used yet. */
    List<PasswordReset> unusedOf(long accountId);

    PasswordReset store(PasswordReset reset);
}
