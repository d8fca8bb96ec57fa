package org.fabrique.dialogue.application;

/** What a caller may do with a dialogue session now, as its service decides it: the pages show exactly these. */
public enum SessionAction {
    /** Correct what was recorded of it: the pôle. */
    CORRECT,
    /** Delete it: the pôle, while no recommendation came from it and no file is kept with it. */
    DELETE,
    /** Keep a file with it, or remove one: the pôle. */
    MANAGE_FILES
}
