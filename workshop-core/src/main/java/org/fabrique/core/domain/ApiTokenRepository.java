package org.fabrique.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept. */
public interface ApiTokenRepository {

    /** The token whose secret has this hash, with its account loaded. */
    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findById(long id);

    /** An account's tokens not revoked, newest first. */
    List<ApiToken> ofAccount(long accountId);

    ApiToken store(ApiToken token);

    /**
     * Notes the token's use at {@code at} unless a use at most a minute older is already noted, in one conditional
     * update that never conflicts: concurrent calls with the same token each succeed, one of them notes it.
     */
    void noteUse(long id, Instant at);
}
