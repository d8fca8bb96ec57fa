package org.fabrique.core.application;

/** What the caller may do now with a record that is only recorded (an issue, a resource, an indicator…), as its view lists it. */
public enum RecordAction {
    /** Correct what was recorded. */
    CORRECT,
    /** Delete it, recorded by mistake: nothing depends on it. */
    DELETE
}
