package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;

/**
 * Pauses the search index's automatic indexing for the current transaction's persistence context: what it
 * stores is not indexed at commit. For bulk loading (the generated volume) followed by
 * {@link SearchIndex#rebuild()}, which indexes everything once, far faster than record by record.
 */
@ApplicationScoped
public class IndexingPause {

    @PersistenceContext(unitName = "fabrique")
    EntityManager entityManager;

    /** Nothing stored in the current transaction from now on is indexed automatically. */
    public void forThisTransaction() {
        Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Object.class));
    }
}
