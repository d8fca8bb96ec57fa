package org.fabrique.core.domain;

import java.util.List;
import java.util.Optional;

/** Where the city's public policies are kept. */
public interface PublicPolicyRepository {

    Optional<PublicPolicy> findById(long id);

    /** Public policies ordered by name. */
    Page<PublicPolicy> page(PageRequest request);

    /** Every public policy, ordered by name. */
    List<PublicPolicy> all();

    long count();

    /** Stores a new public policy or the changes to an existing one; returns the stored instance. */
    PublicPolicy store(PublicPolicy policy);

    /** Whether a record already has this name, ignoring case. */
    boolean existsByName(String name);
}
