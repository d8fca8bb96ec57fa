package org.fabrique.core.domain;

import java.util.Objects;

/**
 * What a notification tells, as the mission that sends it names it (e.g. {@code CANDIDATE_SUBMITTED}): the
 * mission declares its kinds and writes their subject and body in its
 * {@link org.fabrique.core.application.MailTexts}; the arguments are the ones these texts expect, in order.
 */
public record NotificationKind(String name) {

    public static final int NAME_MAX_LENGTH = 40;

    public NotificationKind {
        Objects.requireNonNull(name, "name is required");
        if (!name.matches("[A-Z][A-Z0-9_]*") || name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a notification kind is at most " + NAME_MAX_LENGTH
                    + " upper-case letters, digits and underscores, got " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
