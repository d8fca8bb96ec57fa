package org.fabrique.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change to a record as its history tells it: which record ({@code kind}, e.g. "candidate", its
 * id, and its name at that revision when its scope names records: {@code label}, else null), when, who (username and display name) and what: the record was {@code CREATED},
 * {@code CHANGED} or {@code DELETED}, with the shown fields that changed, old and new values.
 */
public record HistoryEntry(String kind, long recordId, String label, Instant at, String username, String author,
        Action action, List<FieldChange> changes) {

    /** What happened to the record. */
    public enum Action { CREATED, CHANGED, DELETED }

    public HistoryEntry {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(username, "username is required");
        Objects.requireNonNull(action, "action is required");
        changes = List.copyOf(changes);
    }

    /** A field's value before and after the change (null when empty); enum values stay enum constants. */
    public record FieldChange(String field, Object before, Object after) {

        public FieldChange {
            Objects.requireNonNull(field, "field is required");
        }
    }
}
