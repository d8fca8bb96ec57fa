package org.fabrique.core.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One mission commissioning work from another: a workshop's reference document (chapter 5) or an
 * evaluation's recommendation asks for an evaluation or a citizen-dialogue candidate project. It links
 * the two records by {@link ResourceRef} only, so that each end can show and follow the link while the
 * modules stay independent. The target is set once, by the module that created the record.
 */
@Entity
public class Commission {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int BRIEF_MAX_LENGTH = 4000;
    public static final int LABEL_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CommissionKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "origin_kind", nullable = false, length = 40)),
        @AttributeOverride(name = "id", column = @Column(name = "origin_id", nullable = false))
    })
    private ResourceRef origin;

    @Column(nullable = false, length = LABEL_MAX_LENGTH)
    private String originLabel;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "target_kind", length = 40)),
        @AttributeOverride(name = "id", column = @Column(name = "target_id"))
    })
    private ResourceRef target;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(length = BRIEF_MAX_LENGTH)
    private String brief;

    private Long directorateId;

    private Long policyId;

    @Column(nullable = false, length = 40)
    private String requestedBy;

    @Column(nullable = false)
    private Instant requestedAt;

    protected Commission() {
        // for JPA
    }

    /**
     * A commission from {@code origin} (named {@code originLabel}, e.g. the workshop's title). A candidate
     * project needs the directorate that will carry it.
     */
    public Commission(CommissionKind kind, ResourceRef origin, String originLabel, String title, String brief,
            Long directorateId, Long policyId, String requestedBy, Instant requestedAt) {
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.origin = Objects.requireNonNull(origin, "origin is required");
        this.originLabel = Invariants.requiredText(originLabel, "originLabel", LABEL_MAX_LENGTH);
        this.title = Invariants.requiredText(title, "title", TITLE_MAX_LENGTH);
        this.brief = brief == null || brief.isBlank() ? null : brief.strip();
        if (this.brief != null && this.brief.length() > BRIEF_MAX_LENGTH) {
            throw new IllegalArgumentException("brief must be at most " + BRIEF_MAX_LENGTH + " characters");
        }
        if (kind == CommissionKind.CANDIDATE_PROJECT && directorateId == null) {
            throw new IllegalArgumentException("a candidate project is commissioned for a directorate");
        }
        this.directorateId = directorateId;
        this.policyId = policyId;
        this.requestedBy = Invariants.requiredText(requestedBy, "requestedBy", 40);
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt is required");
    }

    /**
     * Records the record created for this commission.
     *
     * @throws IllegalArgumentException when the target is not of the commissioned kind
     * @throws IllegalStateException    when the commission already has its target
     */
    public void fulfil(ResourceRef created) {
        Objects.requireNonNull(created, "target is required");
        if (created.kind() != kind.targetKind()) {
            throw new IllegalArgumentException("a commission of " + kind + " cannot be fulfilled by " + created);
        }
        if (target != null) {
            throw new IllegalStateException("commission " + id + " already fulfilled by " + target);
        }
        this.target = created;
    }

    public boolean isFulfilled() {
        return target != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CommissionKind getKind() {
        return kind;
    }

    public ResourceRef getOrigin() {
        return origin;
    }

    public String getOriginLabel() {
        return originLabel;
    }

    public ResourceRef getTarget() {
        return target;
    }

    public String getTitle() {
        return title;
    }

    public String getBrief() {
        return brief;
    }

    public Long getDirectorateId() {
        return directorateId;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
