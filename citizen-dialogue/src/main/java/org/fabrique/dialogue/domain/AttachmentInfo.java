package org.fabrique.dialogue.domain;

import java.time.Instant;

/** What a list shows of a session's file, without its content. */
public record AttachmentInfo(long id, long sessionId, String fileName, AttachmentKind kind, int size,
        String uploadedBy, Instant uploadedAt) {

    /** The size in kibibytes, rounded up: a 1-byte file reads 1. */
    public long kibibytes() {
        return (size + 1023L) / 1024L;
    }
}
