package org.fabrique.dialogue.infrastructure;

import org.fabrique.core.infrastructure.EntityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.DialogueSessionRepository;

/** Sessions of dialogue projects in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaDialogueSessionRepository implements DialogueSessionRepository {

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
    public List<DialogueSession> ofProject(long projectId) {
        return entityManager.createQuery("select s from DialogueSession s where s.project.id = :projectId"
                        + " order by s.date, s.id", DialogueSession.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    @Override
    public DialogueSession store(DialogueSession session) {
        return EntityStore.store(entityManager, session, session.getId());
    }
}
