package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.MethodUse;
import org.fabrique.dialogue.domain.ParticipationMethod;

/**
 * The dialogue projects once validated: what each one is, the lessons the pôle draws from it, and the
 * catalogue of participation methods those lessons feed (capitalisation).
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ProjectService {

    @Inject
    DialogueProjectRepository projects;

    @Inject
    AccountService accounts;

    public ProjectDetail find(long id) {
        DialogueProject project = load(id);
        boolean pole = accounts.me().role() == Role.POLE;
        return new ProjectDetail(ProjectView.of(project), List.copyOf(project.getMethods()), pole, pole);
    }

    /** Replaces the lessons recorded on a project; {@code expectedVersion} guards against a concurrent edit. */
    @RolesAllowed(Roles.POLE)
    public ProjectView recordLessons(long id, Long expectedVersion, String lessons) {
        DialogueProject project = load(id);
        ExpectedVersion.require(expectedVersion, project.getVersion());
        project.recordLessons(lessons);
        return ProjectView.of(projects.store(project));
    }

    /** Every participation method with how many projects used it and how many recorded lessons. */
    public List<MethodUse> methods() {
        return Arrays.stream(ParticipationMethod.values()).map(projects::use).toList();
    }

    /** The projects that used a method, latest programme first, with their lessons. */
    public Page<ProjectView> usingMethod(ParticipationMethod method, PageRequest request) {
        Objects.requireNonNull(method, "method is required");
        return projects.usingMethod(method, request).map(ProjectView::of);
    }

    private DialogueProject load(long id) {
        return projects.findById(id).orElseThrow(() -> new RecordNotFound("project", id));
    }
}
