package org.fabrique.core.application;

/** A mail the SMTP server did not take; the notification stays queued. */
public class MailNotSent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean recipientRefused;

    /**
     * @param recipientRefused true when the server refused this recipient's address (other mails may go),
     *                         false when it could not be reached or refused every mail
     */
    public MailNotSent(String message, boolean recipientRefused, Throwable cause) {
        super(message, cause);
        this.recipientRefused = recipientRefused;
    }

    public boolean isRecipientRefused() {
        return recipientRefused;
    }
}
