package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.dialogue.domain.AttachmentInfo;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.DialogueSessionRepository;
import org.fabrique.dialogue.domain.SessionAttachment;

/** Sessions of dialogue projects and their files in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaDialogueSessionRepository implements DialogueSessionRepository {

    private static final String OF_PROJECT = " from DialogueSession s where s.project.id = :projectId";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaDialogueSessionRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaDialogueSessionRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<DialogueSession> findById(long id) {
        return Optional.ofNullable(entityManager.find(DialogueSession.class, id));
    }

    @Override
    public Page<DialogueSession> page(long projectId, PageRequest request) {
        return PagedQuery.page(entityManager, "select count(s)" + OF_PROJECT, "select s" + OF_PROJECT + " order by s.date, s.id",
                Map.of("projectId", projectId), DialogueSession.class, request);
    }

    @Override
    public DialogueSession store(DialogueSession session) {
        return EntityStore.store(entityManager, session, session.getId());
    }

    @Override
    public Optional<SessionAttachment> findAttachment(long id) {
        return Optional.ofNullable(entityManager.find(SessionAttachment.class, id));
    }

    @Override
    public List<AttachmentInfo> attachmentsOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select new org.fabrique.dialogue.domain.AttachmentInfo(a.id, a.session.id,"
                        + " a.fileName, a.kind, a.size, a.uploadedBy, a.uploadedAt) from SessionAttachment a"
                        + " where a.session.id in :ids order by a.session.id, a.fileName, a.id", AttachmentInfo.class)
                .setParameter("ids", sessionIds)
                .getResultList();
    }

    @Override
    public SessionAttachment store(SessionAttachment attachment) {
        return EntityStore.store(entityManager, attachment, attachment.getId());
    }

    @Override
    public void remove(SessionAttachment attachment) {
        entityManager.remove(attachment);
        entityManager.flush();
    }

    @Override
    public void remove(DialogueSession session) {
        entityManager.remove(session);
        entityManager.flush();
    }
}
