package org.fabrique.dialogue.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fabrique.core.application.Caller;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.domain.AttachmentInfo;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionGroup;

/**
 * A session of a dialogue project, with the description of the files kept with it and what the caller may do with it
 * now.
 */
public record SessionView(long id, long projectId, LocalDate date, String place, ParticipationMethod method,
        SessionGroup group, int participants, String themes, String outputs, List<AttachmentInfo> attachments,
        long version, Set<SessionAction> actions) {

    public SessionView {
        attachments = List.copyOf(attachments);
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    public boolean mayCorrect() {
        return actions.contains(SessionAction.CORRECT);
    }

    public boolean mayDelete() {
        return actions.contains(SessionAction.DELETE);
    }

    public boolean mayManageFiles() {
        return actions.contains(SessionAction.MANAGE_FILES);
    }

    /**
     * @param recommended whether a recommendation came from the session
     */
    static SessionView of(DialogueSession s, List<AttachmentInfo> attachments, Caller caller, boolean recommended) {
        Set<SessionAction> actions = EnumSet.noneOf(SessionAction.class);
        if (caller.role() == Role.POLE) {
            actions.add(SessionAction.CORRECT);
            actions.add(SessionAction.MANAGE_FILES);
            if (attachments.isEmpty() && !recommended) {
                actions.add(SessionAction.DELETE);
            }
        }
        return new SessionView(s.getId(), s.getProject().getId(), s.getDate(), s.getPlace(), s.getMethod(),
                s.getGroup(), s.getParticipants(), s.getThemes(), s.getOutputs(), attachments, s.getVersion(), actions);
    }
}
