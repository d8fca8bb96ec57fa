package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.CandidateFilter;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.CandidateTally;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.dialogue.domain.StageCounts;

/** Candidate projects in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaCandidateRepository implements CandidateRepository {

    private static final String WITH_PROGRAMME = "select c from CandidateProject c join fetch c.programme";
    private static final String RETAINED = " where c.programme.id = :programmeId and c.status = :arbitrated"
            + " and c.arbitration.decision = :retained";

    /** Each sort field's path; statuses sort in the order a candidate goes through them. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "title", "c.title",
            "status", PagedQuery.inOrder("c.status", CandidateStatus.DRAFT, CandidateStatus.SUBMITTED,
                    CandidateStatus.STUDIED, CandidateStatus.ARBITRATED),
            "submittedAt", "c.submittedAt",
            "budget", "c.budget",
            "opinion", "c.feasibility.opinion",
            "decision", PagedQuery.inOrder("c.arbitration.decision", ArbitrationDecision.values()));

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaCandidateRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaCandidateRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<CandidateProject> findById(long id) {
        return Optional.ofNullable(entityManager.find(CandidateProject.class, id));
    }

    @Override
    public Page<CandidateProject> page(long programmeId, CandidateFilter filter, List<SortKey> sort, PageRequest request) {
        Objects.requireNonNull(filter, "filter is required");
        List<String> conditions = new ArrayList<>(List.of("c.programme.id = :programmeId"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programmeId", programmeId);
        if (filter.directorateId() != null) {
            conditions.add("c.directorateId = :directorateId");
            parameters.put("directorateId", filter.directorateId());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.decision() != null) {
            conditions.add("c.arbitration.decision = :decision");
            parameters.put("decision", filter.decision());
        }
        if (filter.policyId() != null) {
            conditions.add("c.policyId = :policyId");
            parameters.put("policyId", filter.policyId());
        }
        if (filter.scale() != null) {
            conditions.add("c.scale = :scale");
            parameters.put("scale", filter.scale());
        }
        if (filter.neighbourhoodId() != null) {
            conditions.add("c.neighbourhoodId = :neighbourhoodId");
            parameters.put("neighbourhoodId", filter.neighbourhoodId());
        }
        if (filter.text() != null) {
            conditions.add("(lower(c.title) like :text escape '!' or lower(c.summary) like :text escape '!')");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        String where = " where " + String.join(" and ", conditions);
        return PagedQuery.page(entityManager, "select count(c) from CandidateProject c" + where,
                WITH_PROGRAMME + where + PagedQuery.orderBy(sort, SORT_PATHS, "c.title, c.id"), parameters,
                CandidateProject.class, request);
    }

    @Override
    public Page<CandidateProject> studiedOrArbitrated(long programmeId, List<SortKey> sort, PageRequest request) {
        String where = " where c.programme.id = :programmeId and c.status in :statuses";
        Map<String, Object> parameters = Map.of("programmeId", programmeId,
                "statuses", List.of(CandidateStatus.STUDIED, CandidateStatus.ARBITRATED));
        Page<CandidateProject> page = PagedQuery.page(entityManager, "select count(c) from CandidateProject c" + where,
                WITH_PROGRAMME + where + PagedQuery.orderBy(sort, SORT_PATHS, "c.title, c.id"), parameters,
                CandidateProject.class, request);
        List<Long> ids = page.items().stream().map(CandidateProject::getId).toList();
        if (!ids.isEmpty()) {
            // the page's two collections in one statement each, however many candidates it shows
            for (String collection : List.of("c.methods", "c.feasibility.criteria")) {
                entityManager.createQuery("select distinct c from CandidateProject c left join fetch " + collection
                                + " where c.id in :ids", CandidateProject.class)
                        .setParameter("ids", ids)
                        .getResultList();
            }
        }
        return page;
    }

    @Override
    public List<CandidateTally> openProgrammeTallies(Long directorateId) {
        String byDirectorate = directorateId == null ? "" : " and c.directorateId = :directorateId";
        TypedQuery<CandidateTally> query = entityManager.createQuery(
                        "select new org.fabrique.dialogue.domain.CandidateTally(p.id, p.year, c.status, count(c))"
                        + " from CandidateProject c join c.programme p where p.status = :open" + byDirectorate
                        + " group by p.id, p.year, c.status order by p.year desc, c.status", CandidateTally.class)
                .setParameter("open", ProgrammeStatus.OPEN);
        if (directorateId != null) {
            query.setParameter("directorateId", directorateId);
        }
        return query.getResultList();
    }

    @Override
    public Map<Long, Long> countRetained(Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select c.programme.id, count(c) from CandidateProject c"
                        + " where c.programme.id in :programmeIds and c.status = :arbitrated"
                        + " and c.arbitration.decision = :retained group by c.programme.id", Object[].class)
                .setParameter("programmeIds", programmeIds)
                .setParameter("arbitrated", CandidateStatus.ARBITRATED)
                .setParameter("retained", ArbitrationDecision.RETAINED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public long countRetained(long programmeId) {
        return entityManager.createQuery("select count(c) from CandidateProject c" + RETAINED, Long.class)
                .setParameter("programmeId", programmeId)
                .setParameter("arbitrated", CandidateStatus.ARBITRATED)
                .setParameter("retained", ArbitrationDecision.RETAINED)
                .getSingleResult();
    }

    @Override
    public List<CandidateProject> retained(long programmeId) {
        return entityManager.createQuery(WITH_PROGRAMME + RETAINED + " order by c.title, c.id", CandidateProject.class)
                .setParameter("programmeId", programmeId)
                .setParameter("arbitrated", CandidateStatus.ARBITRATED)
                .setParameter("retained", ArbitrationDecision.RETAINED)
                .getResultList();
    }

    @Override
    public Map<Long, StageCounts> stagesByDirectorate(long programmeId, Long directorateId) {
        return stagesBy("c.directorateId", Long.class, programmeId, directorateId);
    }

    @Override
    public Map<Long, StageCounts> stagesByPolicy(long programmeId, Long directorateId) {
        return stagesBy("c.policyId", Long.class, programmeId, directorateId);
    }

    @Override
    public Map<TerritorialScale, StageCounts> stagesByScale(long programmeId, Long directorateId) {
        return stagesBy("c.scale", TerritorialScale.class, programmeId, directorateId);
    }

    /** One grouped count, by the attribute at {@code path} and the stage (status and decision). */
    private <K> Map<K, StageCounts> stagesBy(String path, Class<K> keyType, long programmeId, Long directorateId) {
        String where = " where c.programme.id = :programmeId" + (directorateId == null ? "" : " and c.directorateId = :directorateId");
        var query = entityManager.createQuery("select " + path + ", c.status, c.arbitration.decision, count(c)"
                + " from CandidateProject c" + where + " group by " + path + ", c.status, c.arbitration.decision",
                Object[].class)
                .setParameter("programmeId", programmeId);
        if (directorateId != null) {
            query.setParameter("directorateId", directorateId);
        }
        Map<K, StageCounts> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            PipelineStage stage = PipelineStage.of((CandidateStatus) row[1], (ArbitrationDecision) row[2]);
            counts.merge(keyType.cast(row[0]), StageCounts.NONE.plus(stage, ((Number) row[3]).longValue()), StageCounts::plus);
        }
        return counts;
    }

    @Override
    public CandidateProject store(CandidateProject candidate) {
        return EntityStore.store(entityManager, candidate, candidate.getId());
    }
}
