package org.fabrique.prospective.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.core.infrastructure.TextMatch;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopSearchRepository;

/** Searches the workshops' public text in the {@code fabrique} persistence unit, two statements a page. */
@ApplicationScoped
public class JpaWorkshopSearchRepository implements WorkshopSearchRepository {

    static final String PUBLISHED_SYNTHESIS = "case when w.synthesisPublishedAt is not null then w.synthesisNote end";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaWorkshopSearchRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaWorkshopSearchRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<Workshop> workshops(SearchQuery query, PageRequest request) {
        TextMatch match = TextMatch.of(query, "w.title", PUBLISHED_SYNTHESIS);
        String where = " where " + match.condition();
        return PagedQuery.page(entityManager, "select count(w) from Workshop w" + where,
                "select w from Workshop w" + where + " order by w.start desc, w.title, w.id", match.parameters(),
                Workshop.class, request);
    }
}
