package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.AttachmentInfo;
import org.fabrique.dialogue.domain.AttachmentKind;
import org.fabrique.dialogue.domain.AttachmentRefused;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.DialogueSessionRepository;
import org.fabrique.dialogue.domain.ParticipationMethod;
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

    /** One page of a project's sessions in date order, each with its files: three statements. */
    public Page<SessionView> page(long projectId, PageRequest request) {
        project(projectId);
        Page<DialogueSession> page = sessions.page(projectId, request);
        Map<Long, List<AttachmentInfo>> files = sessions.attachmentsOf(
                        page.items().stream().map(DialogueSession::getId).toList()).stream()
                .collect(Collectors.groupingBy(AttachmentInfo::sessionId));
        return page.map(s -> SessionView.of(s, files.getOrDefault(s.getId(), List.of())));
    }

    public SessionView find(long id) {
        DialogueSession session = load(id);
        return SessionView.of(session, sessions.attachmentsOf(List.of(id)));
    }

    @RolesAllowed(Roles.POLE)
    public SessionView record(long projectId, SessionForm form) {
        DialogueProject project = project(projectId);
        DialogueSession session = sessions.store(new DialogueSession(project, form.date(), form.place(), form.method(),
                form.group(), form.participants(), form.themes(), form.outputs()));
        return SessionView.of(session, List.of());
    }

    @RolesAllowed(Roles.POLE)
    public SessionView revise(long id, Long expectedVersion, SessionForm form) {
        DialogueSession session = load(id);
        ExpectedVersion.require(expectedVersion, session.getVersion());
        session.revise(form.date(), form.place(), form.method(), form.group(), form.participants(), form.themes(),
                form.outputs());
        return SessionView.of(sessions.store(session), sessions.attachmentsOf(List.of(id)));
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
