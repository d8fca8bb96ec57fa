package org.fabrique.prospective.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.FullTextQuery;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopSearchRepository;
import org.hibernate.search.mapper.orm.Search;

/**
 * Searches the workshops' public text in the Lucene index of the {@code fabrique} persistence unit: their
 * title and {@link Workshop#getPublishedSynthesis() published synthesis}, the only text of a workshop the
 * index holds. The hits and their total from the index, the page's workshops in one statement.
 */
@ApplicationScoped
public class LuceneWorkshopSearchRepository implements WorkshopSearchRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public LuceneWorkshopSearchRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public LuceneWorkshopSearchRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<Workshop> workshops(SearchQuery query, PageRequest request) {
        return FullTextQuery.page(Search.session(entityManager).search(Workshop.class)
                .where(f -> FullTextQuery.everyWord(f, query, "title", "publishedSynthesis")), request);
    }
}
