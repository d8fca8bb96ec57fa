package org.fabrique.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where commissions between missions are kept. */
public interface CommissionRepository {

    Optional<Commission> findById(long id);

    /** What a record commissioned, oldest first. */
    List<Commission> fromOrigin(ResourceRef origin);

    /** What a set of records of one kind commissioned (for a page of them), oldest first. */
    List<Commission> fromOrigins(ResourceKind kind, Collection<Long> ids);

    /** The commission that created a record, if it was commissioned. */
    Optional<Commission> ofTarget(ResourceRef target);

    Commission store(Commission commission);
}
