package org.fabrique.dialogue.application;

import java.time.LocalDate;
import java.util.List;
import org.fabrique.dialogue.domain.AttachmentInfo;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionGroup;

/** A session of a dialogue project, with the description of the files kept with it. */
public record SessionView(long id, long projectId, LocalDate date, String place, ParticipationMethod method,
        SessionGroup group, int participants, String themes, String outputs, List<AttachmentInfo> attachments,
        long version) {

    static SessionView of(DialogueSession s, List<AttachmentInfo> attachments) {
        return new SessionView(s.getId(), s.getProject().getId(), s.getDate(), s.getPlace(), s.getMethod(),
                s.getGroup(), s.getParticipants(), s.getThemes(), s.getOutputs(), List.copyOf(attachments),
                s.getVersion());
    }
}
