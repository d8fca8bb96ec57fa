package org.fabrique.core.application;

import java.util.List;
import java.util.Objects;
import org.fabrique.core.domain.NotificationKind;

/**
 * An event to tell people of by e-mail, as a module describes it: its kind, a key unique to the event
 * (the same event always gets the same key, e.g. {@code recommendation:12:due14}), the page it concerns
 * (a path from the application's root) and the arguments of the kind's texts. An argument written
 * {@code date:2026-03-31} is shown as a date in the reader's language, one written {@code #key} as the
 * mail texts' translation of {@code key}.
 */
public record NotificationEvent(NotificationKind kind, String eventKey, String link, List<String> arguments) {

    public NotificationEvent {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(eventKey, "eventKey is required");
        Objects.requireNonNull(link, "link is required");
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
    }

    public static NotificationEvent of(NotificationKind kind, String eventKey, String link, String... arguments) {
        return new NotificationEvent(kind, eventKey, link, List.of(arguments));
    }
}
