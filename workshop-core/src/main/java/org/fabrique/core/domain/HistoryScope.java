package org.fabrique.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whose history to read: the revisions of entity {@code type} whose {@code property} is
 * {@code value} (the id, a plain property or a relation's id), named {@code kind}, with the fields a
 * timeline shows (a field is a name and how to read it from a revision of the entity) and, when a timeline mixes
 * several records of a kind, how to name the record in a revision ({@code label}, e.g. a session's day and place;
 * none: null).
 */
public record HistoryScope<T>(Class<T> type, String kind, Match match, String property, Object value,
        List<Field<T>> fields, Function<T, String> label) {

    /** How {@code property} is matched. */
    public enum Match { ID, PROPERTY, RELATED_ID }

    /** A shown field: its name (the page translates it) and its value in a revision. */
    public record Field<T>(String name, Function<T, Object> value) {

        public Field {
            Objects.requireNonNull(name, "name is required");
            Objects.requireNonNull(value, "value is required");
        }
    }

    public HistoryScope {
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(match, "match is required");
        Objects.requireNonNull(value, "value is required");
        fields = List.copyOf(fields);
    }

    public HistoryScope(Class<T> type, String kind, Match match, String property, Object value, List<Field<T>> fields) {
        this(type, kind, match, property, value, fields, null);
    }

    /** The same scope, its records named in each revision by {@code label}. */
    public HistoryScope<T> labelled(Function<T, String> recordLabel) {
        return new HistoryScope<>(type, kind, match, property, value, fields, Objects.requireNonNull(recordLabel));
    }

    /** One record's history. */
    public static <T> HistoryScope<T> record(Class<T> type, String kind, long id, List<Field<T>> fields) {
        return new HistoryScope<>(type, kind, Match.ID, "id", id, fields);
    }

    /** The history of the records whose audited {@code property} is {@code value}. */
    public static <T> HistoryScope<T> where(Class<T> type, String kind, String property, Object value,
            List<Field<T>> fields) {
        return new HistoryScope<>(type, kind, Match.PROPERTY, property, value, fields);
    }

    /** The history of the records whose audited relation {@code relation} points to {@code id}. */
    public static <T> HistoryScope<T> related(Class<T> type, String kind, String relation, long id,
            List<Field<T>> fields) {
        return new HistoryScope<>(type, kind, Match.RELATED_ID, relation, id, fields);
    }
}
