package org.fabrique.prospective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A numbered version of a reference document, as submitted to the group: the full text of its five
 * chapters, who submitted it and when. Never changed once submitted. Part of the {@link ReferenceDocument}.
 */
@Entity
@Table(name = "prospective_document_version",
        uniqueConstraints = @UniqueConstraint(name = "uk_prospective_document_version", columnNames = {"document_id", "version_number"}))
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false)
    private ReferenceDocument document;

    @Audited
    @Column(name = "version_number", nullable = false)
    private int number;

    @Embedded
    private ChapterTexts chapters;

    @Audited
    @Column(nullable = false)
    private long submittedBy;

    @Audited
    @Column(nullable = false)
    private Instant submittedAt;

    protected DocumentVersion() {
        // for JPA
    }

    DocumentVersion(ReferenceDocument document, int number, ChapterTexts chapters, long submittedBy, Instant submittedAt) {
        this.document = Objects.requireNonNull(document, "document is required");
        this.number = number;
        this.chapters = Objects.requireNonNull(chapters, "chapters is required");
        this.submittedBy = submittedBy;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt is required");
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public ChapterTexts getChapters() { return chapters; }
    public long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
