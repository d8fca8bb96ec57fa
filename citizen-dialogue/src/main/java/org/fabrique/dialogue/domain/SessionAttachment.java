package org.fabrique.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;

/**
 * A file kept with a session: its poster, its minutes, a photo of the flip charts. At most
 * {@link #MAX_BYTES}, of one of the {@link AttachmentKind kinds} recognised by content. Lists read its
 * description only (see {@link AttachmentInfo}); the content is read when the file is downloaded.
 */
@Entity
@Table(name = "dialogue_session_attachment")
public class SessionAttachment {

    /** 8 MiB: a poster or minutes as PDF, a few photos; under the server's 10 MB request limit. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int FILE_NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private DialogueSession session;

    @Column(nullable = false, length = FILE_NAME_MAX_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttachmentKind kind;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 40)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected SessionAttachment() {
        // for JPA
    }

    /**
     * @param fileName the name it had on the sender's machine; any folder part is dropped
     * @throws AttachmentRefused {@code dialogue.attachment.empty}, {@code dialogue.attachment.tooLarge} or
     *                           {@code dialogue.attachment.type}
     */
    public SessionAttachment(DialogueSession session, String fileName, byte[] content, String uploadedBy,
            Instant uploadedAt) {
        this.session = Objects.requireNonNull(session, "session is required");
        Objects.requireNonNull(content, "content is required");
        String name = Invariants.requiredText(baseName(fileName), "fileName", FILE_NAME_MAX_LENGTH);
        if (content.length == 0) {
            throw new AttachmentRefused("dialogue.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRefused("dialogue.attachment.tooLarge");
        }
        this.kind = AttachmentKind.detect(name, content)
                .orElseThrow(() -> new AttachmentRefused("dialogue.attachment.type"));
        this.fileName = name;
        this.size = content.length;
        this.content = content.clone();
        this.uploadedBy = Invariants.username(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt is required");
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public DialogueSession getSession() {
        return session;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public int getSize() {
        return size;
    }

    /** A copy of the file's bytes. */
    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
