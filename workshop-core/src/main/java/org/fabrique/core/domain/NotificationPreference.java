package org.fabrique.core.domain;

/** How a person wants to be told of what concerns them by e-mail. */
public enum NotificationPreference {
    /** One mail per event, within minutes. */
    IMMEDIATE,
    /** One mail a day listing the day's events. */
    DAILY_DIGEST
}
