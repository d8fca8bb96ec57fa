package org.fabrique.prospective.infrastructure;

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
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.UndecidedAmendments;
import org.fabrique.prospective.domain.WorkshopStatus;

/** Reference documents, amendments and actions in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaDocumentRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaDocumentRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<ReferenceDocument> ofWorkshop(long workshopId) {
        return entityManager.createQuery("select distinct d from ReferenceDocument d left join fetch d.versions"
                        + " where d.workshopId = :workshopId", ReferenceDocument.class)
                .setParameter("workshopId", workshopId)
                .getResultStream().findFirst();
    }

    @Override
    public ReferenceDocument store(ReferenceDocument document) {
        return EntityStore.store(entityManager, document, document.getId());
    }

    @Override
    public Optional<Amendment> findAmendment(long id) {
        return Optional.ofNullable(entityManager.find(Amendment.class, id));
    }

    @Override
    public Page<Amendment> amendments(long workshopId, PageRequest request) {
        return PagedQuery.page(entityManager, "select count(a) from Amendment a where a.workshopId = :workshopId",
                "select a from Amendment a where a.workshopId = :workshopId order by a.proposedAt, a.id",
                Map.of("workshopId", workshopId), Amendment.class, request);
    }

    @Override
    public List<UndecidedAmendments> undecidedForPresident(long personId) {
        return entityManager.createQuery("select new org.fabrique.prospective.domain.UndecidedAmendments(w.id, w.title, count(a))"
                        + " from Amendment a, Workshop w where a.workshopId = w.id and w.presidentPersonId = :personId"
                        + " and w.status <> :closed and a.status = :proposed group by w.id, w.title order by w.title, w.id",
                        UndecidedAmendments.class)
                .setParameter("personId", personId)
                .setParameter("closed", WorkshopStatus.CLOSED)
                .setParameter("proposed", AmendmentStatus.PROPOSED)
                .getResultList();
    }

    @Override
    public long undecidedAmendments(long workshopId) {
        return entityManager.createQuery("select count(a) from Amendment a where a.workshopId = :workshopId"
                        + " and a.status = :status", Long.class)
                .setParameter("workshopId", workshopId)
                .setParameter("status", AmendmentStatus.PROPOSED)
                .getSingleResult();
    }

    @Override
    public Amendment store(Amendment amendment) {
        return EntityStore.store(entityManager, amendment, amendment.getId());
    }

    @Override
    public Optional<PlannedAction> findAction(long id) {
        return Optional.ofNullable(entityManager.find(PlannedAction.class, id));
    }

    @Override
    public Page<PlannedAction> actions(long workshopId, Long directorateId, PageRequest request) {
        String where = " where a.workshopId = :workshopId" + (directorateId == null ? "" : " and a.directorateId = :directorateId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("workshopId", workshopId);
        if (directorateId != null) {
            parameters.put("directorateId", directorateId);
        }
        return PagedQuery.page(entityManager, "select count(a) from PlannedAction a" + where,
                "select a from PlannedAction a, Directorate d" + where + " and d.id = a.directorateId"
                        + " order by d.name, a.deadline, a.id",
                parameters, PlannedAction.class, request);
    }

    @Override
    public PlannedAction store(PlannedAction action) {
        return EntityStore.store(entityManager, action, action.getId());
    }
}
