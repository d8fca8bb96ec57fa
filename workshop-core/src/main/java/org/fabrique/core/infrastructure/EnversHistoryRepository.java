package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryEntry.Action;
import org.fabrique.core.domain.HistoryEntry.FieldChange;
import org.fabrique.core.domain.HistoryRepository;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * History read from Hibernate Envers' audit tables. A scope's revisions are read whole, oldest first,
 * in one query (a record's history is a few dozen revisions at most) so that each revision is compared
 * with the one before it; the entries are then merged newest first and paged.
 */
@ApplicationScoped
public class EnversHistoryRepository implements HistoryRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public EnversHistoryRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public EnversHistoryRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<HistoryEntry> page(List<HistoryScope<?>> scopes, PageRequest request) {
        List<Change> changes = new ArrayList<>();
        for (HistoryScope<?> scope : scopes) {
            changes.addAll(changes(scope));
        }
        changes.sort(Comparator.comparing(Change::revisionNumber).thenComparing(Change::recordId).reversed());
        List<Change> shown = changes.subList(Math.min(request.offset(), changes.size()),
                Math.min(request.offset() + request.size(), changes.size()));
        Map<String, String> authors = authors(shown);
        List<HistoryEntry> entries = shown.stream()
                .map(c -> new HistoryEntry(c.kind(), c.recordId(), c.label(), c.revision().getChangedAt(),
                        c.revision().getUsername(), authors.getOrDefault(c.revision().getUsername(),
                                c.revision().getUsername()), c.action(), c.fields()))
                .toList();
        return Page.of(entries, request, changes.size());
    }

    private <T> List<Change> changes(HistoryScope<T> scope) {
        AuditQuery query = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(scope.type(), false, true)
                .add(criterion(scope))
                .addOrder(AuditEntity.revisionNumber().asc());
        List<Change> changes = new ArrayList<>();
        Map<Long, T> previous = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            T state = scope.type().cast(columns[0]);
            HistoryRevision revision = (HistoryRevision) columns[1];
            RevisionType type = (RevisionType) columns[2];
            long id = ((Number) entityManager.getEntityManagerFactory().getPersistenceUnitUtil()
                    .getIdentifier(state)).longValue();
            T before = previous.put(id, state);
            if (HistoryRevision.BASELINE.equals(revision.getUsername())) {
                continue; // what a record was when history began for it: only what later revisions compare with
            }
            Action action = switch (type) {
                case ADD -> Action.CREATED;
                case MOD -> Action.CHANGED;
                case DEL -> Action.DELETED;
            };
            List<FieldChange> fields = action == Action.DELETED ? List.of() : fields(scope, before, state);
            if (action != Action.CHANGED || !fields.isEmpty()) {
                changes.add(new Change(scope.kind(), id, scope.label() == null ? null : scope.label().apply(state),
                        revision, action, fields));
            }
        }
        return changes;
    }

    private static AuditCriterion criterion(HistoryScope<?> scope) {
        return switch (scope.match()) {
            case ID -> AuditEntity.id().eq(scope.value());
            case PROPERTY -> AuditEntity.property(scope.property()).eq(scope.value());
            case RELATED_ID -> AuditEntity.relatedId(scope.property()).eq(scope.value());
        };
    }

    private static <T> List<FieldChange> fields(HistoryScope<T> scope, T before, T after) {
        List<FieldChange> fields = new ArrayList<>();
        for (HistoryScope.Field<T> field : scope.fields()) {
            Object old = before == null ? null : field.value().apply(before);
            Object now = field.value().apply(after);
            if (!same(old, now)) {
                fields.add(new FieldChange(field.name(), old, now));
            }
        }
        return fields;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String s && s.isBlank()) {
            a = null;
        }
        if (b instanceof String s && s.isBlank()) {
            b = null;
        }
        return Objects.equals(a, b);
    }

    /** The display names of the changes' authors, by username, in one query. */
    private Map<String, String> authors(List<Change> changes) {
        Set<String> usernames = new HashSet<>();
        changes.forEach(c -> usernames.add(c.revision().getUsername()));
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        entityManager.createQuery("select a.username, p.name from Account a join a.person p"
                        + " where a.username in :usernames", Object[].class)
                .setParameter("usernames", usernames)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private record Change(String kind, long recordId, String label, HistoryRevision revision, Action action,
            List<FieldChange> fields) {

        Long revisionNumber() {
            return revision.getId();
        }
    }
}
