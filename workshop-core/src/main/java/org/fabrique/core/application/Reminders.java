package org.fabrique.core.application;

/**
 * The reminders one mission queues on a schedule (answers due, follow-ups overdue…). Each mission module
 * that reminds implements it as a session bean; the notification schedule runs every one it finds, as the
 * pôle. Queuing twice on a day tells nobody twice.
 */
public interface Reminders {

    /** Queues the reminders due today; returns how many notifications were queued. */
    int queue();
}
