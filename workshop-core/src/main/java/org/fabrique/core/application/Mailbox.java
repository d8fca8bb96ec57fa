package org.fabrique.core.application;

/** Where mails go out: the SMTP server of the application server's mail session. */
public interface Mailbox {

    /**
     * Sends one mail.
     *
     * @throws MailNotSent when the server refuses it or cannot be reached; the caller tries again later
     */
    void send(MailMessage message);
}
