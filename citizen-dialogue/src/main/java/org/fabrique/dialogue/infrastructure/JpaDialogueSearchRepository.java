package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.core.infrastructure.TextMatch;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.DialogueSearchRepository;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.Recommendation;

/** Searches the citizen-dialogue records in the {@code fabrique} persistence unit, two statements a page. */
@ApplicationScoped
public class JpaDialogueSearchRepository implements DialogueSearchRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaDialogueSearchRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaDialogueSearchRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<Programme> programmes(SearchQuery query, PageRequest request) {
        List<Integer> years = query.stems().stream().filter(s -> s.matches("\\d{4}")).map(Integer::valueOf).toList();
        String where;
        Map<String, Object> parameters = new HashMap<>();
        if (years.isEmpty()) {
            TextMatch match = TextMatch.of(query, "p.validationJustification");
            where = " where " + match.condition();
            parameters.putAll(match.parameters());
        } else {
            where = " where p.year in :years";
            parameters.put("years", years);
        }
        return PagedQuery.page(entityManager, "select count(p) from Programme p" + where,
                "select p from Programme p" + where + " order by p.year desc, p.id", parameters, Programme.class, request);
    }

    @Override
    public Page<CandidateProject> candidates(SearchQuery query, Long directorateId, PageRequest request) {
        TextMatch match = TextMatch.of(query, "c.title", "c.summary", "c.stakes", "c.levers");
        Map<String, Object> parameters = new HashMap<>(match.parameters());
        String where = " where " + match.condition() + ofDirectorate("c", directorateId, parameters);
        return PagedQuery.page(entityManager, "select count(c) from CandidateProject c" + where,
                "select c from CandidateProject c" + where + " order by c.title, c.id", parameters,
                CandidateProject.class, request);
    }

    @Override
    public Page<Recommendation> recommendations(SearchQuery query, Long directorateId, PageRequest request) {
        TextMatch match = TextMatch.of(query, "r.text", "r.answer.text");
        Map<String, Object> parameters = new HashMap<>(match.parameters());
        String where = " where " + match.condition() + ofDirectorate("r", directorateId, parameters);
        return PagedQuery.page(entityManager, "select count(r) from Recommendation r" + where,
                "select r from Recommendation r" + where + " order by r.recordedOn desc, r.id", parameters,
                Recommendation.class, request);
    }

    private static String ofDirectorate(String alias, Long directorateId, Map<String, Object> parameters) {
        if (directorateId == null) {
            return "";
        }
        parameters.put("directorateId", directorateId);
        return " and " + alias + ".directorateId = :directorateId";
    }
}
