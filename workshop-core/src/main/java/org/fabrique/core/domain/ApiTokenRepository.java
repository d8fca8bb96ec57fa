package org.fabrique.core.domain;

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
}
