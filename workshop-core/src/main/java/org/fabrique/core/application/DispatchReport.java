package org.fabrique.core.application;

/**
 * What a run of {@link NotificationDispatch} did: how many mails went out, and why it stopped early, if
 * it did (the SMTP server could not be reached), else null.
 */
public record DispatchReport(int sent, String failure) {
}
