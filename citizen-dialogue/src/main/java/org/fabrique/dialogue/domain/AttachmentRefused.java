package org.fabrique.dialogue.domain;

/**
 * A file a session cannot keep: empty, too large, or not of a kind it accepts. The message key names
 * the reason in the bundles ({@code dialogue.attachment.*}).
 */
public class AttachmentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AttachmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
