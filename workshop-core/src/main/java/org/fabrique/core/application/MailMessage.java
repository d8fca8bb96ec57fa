package org.fabrique.core.application;

import java.util.Objects;

/** A plain-text e-mail to one address. */
public record MailMessage(String to, String subject, String body) {

    public MailMessage {
        Objects.requireNonNull(to, "to is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(body, "body is required");
    }
}
