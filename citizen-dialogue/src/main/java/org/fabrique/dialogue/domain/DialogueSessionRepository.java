package org.fabrique.dialogue.domain;

import java.util.List;
import java.util.Optional;

/** Where the sessions of dialogue projects are kept. */
public interface DialogueSessionRepository {

    Optional<DialogueSession> findById(long id);

    /** The sessions of a dialogue project, in date order. */
    List<DialogueSession> ofProject(long projectId);

    /** Stores a new session or the changes to an existing one; returns the stored instance. */
    DialogueSession store(DialogueSession session);
}
