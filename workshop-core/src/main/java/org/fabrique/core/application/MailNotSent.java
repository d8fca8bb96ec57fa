package org.fabrique.core.application;

/** A mail the SMTP server did not take; the notification stays queued. */
public class MailNotSent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
