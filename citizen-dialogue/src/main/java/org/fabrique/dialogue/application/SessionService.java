package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.domain.AttachmentInfo;
import org.fabrique.dialogue.domain.AttachmentKind;
import org.fabrique.dialogue.domain.AttachmentRefused;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.DialogueSessionRepository;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.RecommendationRepository;
import org.fabrique.dialogue.domain.SessionAttachment;
import org.fabrique.dialogue.domain.SessionGroup;

/**
 * The sessions of the dialogue projects, which the pôle records, and the files kept with them. Any
 * account reads them: a session with citizens is not confidential.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class SessionService {

    /** What the pôle records of a session. */
    public record SessionForm(LocalDate date, String place, ParticipationMethod method, SessionGroup group,
            int participants, String themes, String outputs) {
    }

    /** A file to download. */
    public record AttachmentFile(String fileName, AttachmentKind kind, byte[] content) {
    }

    @Inject
    DialogueSessionRepository sessions;

    @Inject
    DialogueProjectRepository projects;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    @Inject
    RecommendationRepository recommendations;

    /** One page of a project's sessions in date order, each with its files: three statements. */
    public Page<SessionView> page(long projectId, PageRequest request) {
        project(projectId);
        Page<DialogueSession> page = sessions.page(projectId, request);
        List<Long> ids = page.items().stream().map(DialogueSession::getId).toList();
        Map<Long, List<AttachmentInfo>> files = sessions.attachmentsOf(ids).stream()
                .collect(Collectors.groupingBy(AttachmentInfo::sessionId));
        Set<Long> recommended = recommendations.sessionsRecommendedFrom(ids);
        Caller caller = accounts.me();
        return page.map(s -> SessionView.of(s, files.getOrDefault(s.getId(), List.of()), caller,
                recommended.contains(s.getId())));
    }

    public SessionView find(long id) {
        return view(load(id));
    }

    /** Whether the caller may record sessions of a project and keep files with them: the pôle. */
    public boolean mayRecord() {
        return accounts.me().role() == Role.POLE;
    }

    private SessionView view(DialogueSession session) {
        return SessionView.of(session, sessions.attachmentsOf(List.of(session.getId())), accounts.me(),
                recommendations.anyFromSession(session.getId()));
    }

    @RolesAllowed(Roles.POLE)
    public SessionView record(long projectId, SessionForm form) {
        DialogueProject project = project(projectId);
        DialogueSession session = sessions.store(new DialogueSession(project, form.date(), form.place(), form.method(),
                form.group(), form.participants(), form.themes(), form.outputs()));
        return SessionView.of(session, List.of(), accounts.me(), false);
    }

    @RolesAllowed(Roles.POLE)
    public SessionView revise(long id, Long expectedVersion, SessionForm form) {
        DialogueSession session = load(id);
        ExpectedVersion.require(expectedVersion, session.getVersion());
        session.revise(form.date(), form.place(), form.method(), form.group(), form.participants(), form.themes(),
                form.outputs());
        return view(sessions.store(session));
    }

    /**
     * Deletes a session recorded by mistake, while nothing depends on it.
     *
     * @throws StateConflict {@code dialogue.session.hasRecommendations} when a recommendation came from it,
     *                       {@code dialogue.session.hasAttachments} while files are kept with it (remove them first)
     */
    @RolesAllowed(Roles.POLE)
    public void delete(long id) {
        DialogueSession session = load(id);
        if (recommendations.anyFromSession(id)) {
            throw new StateConflict("dialogue.session.hasRecommendations");
        }
        if (!sessions.attachmentsOf(List.of(id)).isEmpty()) {
            throw new StateConflict("dialogue.session.hasAttachments");
        }
        sessions.remove(session);
    }

    /**
     * Keeps a file with a session.
     *
     * @throws InvalidInput on field {@code file}: empty, larger than {@link SessionAttachment#MAX_BYTES}, or not
     *                      of an accepted {@link AttachmentKind kind}
     */
    @RolesAllowed(Roles.POLE)
    public AttachmentInfo attach(long sessionId, String fileName, byte[] content) {
        DialogueSession session = load(sessionId);
        try {
            SessionAttachment stored = sessions.store(
                    new SessionAttachment(session, fileName, content, accounts.me().username(), clock.now()));
            return new AttachmentInfo(stored.getId(), sessionId, stored.getFileName(), stored.getKind(),
                    stored.getSize(), stored.getUploadedBy(), stored.getUploadedAt());
        } catch (AttachmentRefused e) {
            throw new InvalidInput("file", e.messageKey());
        }
    }

    public AttachmentFile download(long attachmentId) {
        SessionAttachment attachment = attachment(attachmentId);
        return new AttachmentFile(attachment.getFileName(), attachment.getKind(), attachment.getContent());
    }

    @RolesAllowed(Roles.POLE)
    public void remove(long attachmentId) {
        sessions.remove(attachment(attachmentId));
    }

    private SessionAttachment attachment(long id) {
        return sessions.findAttachment(id).orElseThrow(() -> new RecordNotFound("attachment", id));
    }

    private DialogueSession load(long id) {
        return sessions.findById(id).orElseThrow(() -> new RecordNotFound("session", id));
    }

    private DialogueProject project(long id) {
        return projects.findById(id).orElseThrow(() -> new RecordNotFound("project", id));
    }
}
