package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;

/** Dialogue projects in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaDialogueProjectRepository implements DialogueProjectRepository {

    private static final String OF_PROGRAMME = " where d.programme.id = :programmeId";
    private static final String WITH_PROGRAMME_BY_TITLE =
            "select d from DialogueProject d join fetch d.programme" + OF_PROGRAMME + " order by d.title, d.id";

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
    public Page<DialogueProject> page(long programmeId, PageRequest request) {
        return PagedQuery.page(entityManager, "select count(d) from DialogueProject d" + OF_PROGRAMME,
                WITH_PROGRAMME_BY_TITLE, Map.of("programmeId", programmeId), DialogueProject.class, request);
    }

    @Override
    public List<DialogueProject> ofProgramme(long programmeId) {
        return entityManager.createQuery(WITH_PROGRAMME_BY_TITLE, DialogueProject.class)
                .setParameter("programmeId", programmeId)
                .getResultList();
    }

    @Override
    public DialogueProject store(DialogueProject project) {
        return EntityStore.store(entityManager, project, project.getId());
    }
}
