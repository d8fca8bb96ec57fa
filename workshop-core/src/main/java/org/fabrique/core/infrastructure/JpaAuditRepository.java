package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.AuditEvent;
import org.fabrique.core.domain.AuditFilter;
import org.fabrique.core.domain.AuditRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Audit events in the {@code fabrique} persistence unit; a page is a count and a limited select. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    @Override
    public AuditEvent add(AuditEvent event) {
        entityManager.persist(event);
        return event;
    }

    @Override
    public Page<AuditEvent> page(AuditFilter filter, PageRequest request) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.type() != null) {
            where.add("e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.username() != null) {
            where.add("e.username = :username");
            parameters.put("username", filter.username());
        }
        if (filter.from() != null) {
            where.add("e.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.at < :to");
            parameters.put("to", filter.to());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        return PagedQuery.page(entityManager, "select count(e) from AuditEvent e" + condition,
                "select e from AuditEvent e" + condition + " order by e.at desc, e.id desc", parameters,
                AuditEvent.class, request);
    }
}
