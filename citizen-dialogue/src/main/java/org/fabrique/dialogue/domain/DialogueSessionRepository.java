package org.fabrique.dialogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Where the sessions of dialogue projects, and the files kept with them, are kept. */
public interface DialogueSessionRepository {

    Optional<DialogueSession> findById(long id);

    /** One page of a dialogue project's sessions, in date order. */
    Page<DialogueSession> page(long projectId, PageRequest request);

    /** Stores a new session or the changes to an existing one; returns the stored instance. */
    DialogueSession store(DialogueSession session);

    Optional<SessionAttachment> findAttachment(long id);

    /** The description of the files of these sessions, by session then name, in one statement; no content. */
    List<AttachmentInfo> attachmentsOf(Collection<Long> sessionIds);

    SessionAttachment store(SessionAttachment attachment);

    void remove(SessionAttachment attachment);

    /** Deletes a session that nothing refers to any more. */
    void remove(DialogueSession session);
}
