/**
 * E-mail notifications in the web application: the schedule that mails the queued notifications and
 * queues the reminders, and the form where each person chooses immediate mails or a daily digest.
 */
package org.fabrique.web.notifications;
