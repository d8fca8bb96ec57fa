package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.MethodUse;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.ProjectFilter;

/** Dialogue projects in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaDialogueProjectRepository implements DialogueProjectRepository {

    private static final String OF_PROGRAMME = " where d.programme.id = :programmeId";
    private static final String WITH_PROGRAMME_BY_TITLE =
            "select d from DialogueProject d join fetch d.programme" + OF_PROGRAMME + " order by d.title, d.id";

    private static final Map<String, String> SORT_PATHS = Map.of("title", "lower(d.title)",
            "scale", PagedQuery.inOrder("d.scale", TerritorialScale.values()));

    /** Proposed by the candidate, or held in one of the project's sessions. */
    private static final String USING_METHOD = " where :method member of d.methods or exists"
            + " (select s.id from DialogueSession s where s.project = d and s.method = :method)";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaDialogueProjectRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaDialogueProjectRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<DialogueProject> findById(long id) {
        return Optional.ofNullable(entityManager.find(DialogueProject.class, id));
    }

    @Override
    public Page<DialogueProject> page(long programmeId, ProjectFilter filter, List<SortKey> sort, PageRequest request) {
        Objects.requireNonNull(filter, "filter is required");
        StringBuilder where = new StringBuilder(OF_PROGRAMME);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programmeId", programmeId);
        if (filter.directorateId() != null) {
            where.append(" and d.directorateId = :directorateId");
            parameters.put("directorateId", filter.directorateId());
        }
        if (filter.policyId() != null) {
            where.append(" and d.policyId = :policyId");
            parameters.put("policyId", filter.policyId());
        }
        if (filter.scale() != null) {
            where.append(" and d.scale = :scale");
            parameters.put("scale", filter.scale());
        }
        if (filter.neighbourhoodId() != null) {
            where.append(" and d.neighbourhoodId = :neighbourhoodId");
            parameters.put("neighbourhoodId", filter.neighbourhoodId());
        }
        if (filter.text() != null) {
            where.append(" and (lower(d.title) like :text escape '!' or lower(d.summary) like :text escape '!')");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        return PagedQuery.page(entityManager, "select count(d) from DialogueProject d" + where,
                "select d from DialogueProject d join fetch d.programme" + where
                        + PagedQuery.orderBy(sort, SORT_PATHS, "d.title, d.id"),
                parameters, DialogueProject.class, request);
    }

    @Override
    public List<DialogueProject> ofProgramme(long programmeId) {
        return entityManager.createQuery(WITH_PROGRAMME_BY_TITLE, DialogueProject.class)
                .setParameter("programmeId", programmeId)
                .getResultList();
    }

    @Override
    public Page<DialogueProject> usingMethod(ParticipationMethod method, PageRequest request) {
        return PagedQuery.page(entityManager, "select count(d) from DialogueProject d" + USING_METHOD,
                "select d from DialogueProject d join fetch d.programme" + USING_METHOD
                        + " order by d.programme.year desc, d.title, d.id",
                Map.of("method", method), DialogueProject.class, request);
    }

    @Override
    public MethodUse use(ParticipationMethod method) {
        Object[] counts = entityManager.createQuery("select count(d), coalesce(sum(case when d.lessons is not null"
                        + " then 1 else 0 end), 0) from DialogueProject d" + USING_METHOD, Object[].class)
                .setParameter("method", method)
                .getSingleResult();
        return new MethodUse(method, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public DialogueProject store(DialogueProject project) {
        return EntityStore.store(entityManager, project, project.getId());
    }
}
