package org.fabrique.web.faces;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What someone else changed in a record since the caller read it: the components of two reads of the
 * same record view that differ, in the order the view declares them. Its identity and version are left
 * out: the version always differs, that is how the change was noticed; and so is what the caller may do with it
 * ({@code actions}, the {@code may…} flags) or what the services derive ({@code inTargetRange}, a document's
 * {@code open}), which follows from the rest.
 */
public final class Changes {

    static final Set<String> NOT_SHOWN = Set.of("id", "version", "actions", "inTargetRange", "mayEdit",
            "mayPublishReport", "open", "mayOrganise", "mayUpdate", "mayDisable", "mayChangeRole", "mayFollowUp",
            "mayWriteDraft");

    private Changes() {
    }

    /** One component that differs: its name and the value the other person saved. */
    public record Change(String component, Object current) {
    }

    public static List<Change> between(Record opened, Record current) {
        if (opened.getClass() != current.getClass()) {
            throw new IllegalArgumentException("Two different kinds of record: " + opened.getClass() + ", " + current.getClass());
        }
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : opened.getClass().getRecordComponents()) {
            if (NOT_SHOWN.contains(component.getName())) {
                continue;
            }
            Object before = value(component, opened);
            Object after = value(component, current);
            if (!Objects.equals(before, after)) {
                changes.add(new Change(component.getName(), after));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
