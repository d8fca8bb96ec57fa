package org.fabrique.evaluation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * An evaluation of a public policy, a scheme or a method, in a yearly programme: what commissioned it,
 * its type, its steering committee, its evaluators, its period, and where it stands, from framing to the
 * follow-up of its recommendations. Its questions, indicators, interviews and recommendations are
 * records of their own that point at it by id.
 *
 * <p>Once the evaluation is in {@link EvaluationStatus#FOLLOW_UP} its content is settled: the framing,
 * the summary, the steering committee (and, through {@link #requireEditable()}, its questions, findings,
 * interviews and quotes) no longer change; until then, including after the report, the pôle may still
 * correct them. Indicators keep being measured and recommendations keep being followed up.
 */
@Entity
@Table(name = "evaluation")
@Indexed
public class Evaluation {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int SUMMARY_MAX_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private EvaluationProgramme programme;

    @Audited
    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_kind", nullable = false, length = 20)
    private EvaluationObject object;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = TEXT_MAX_LENGTH)
    private String objectDescription;

    private Long policyId;

    /** What commissioned it, in words ("Commande directe du pôle", "Référentiel de l'atelier Solidarités"). */
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String originLabel;

    /** The record that commissioned it, in another module, if any. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "origin_kind", length = 40)),
        @AttributeOverride(name = "id", column = @Column(name = "origin_id"))
    })
    private ResourceRef origin;

    /** The cross-module commissioning this evaluation answers, if any. */
    private Long commissionId;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_type", nullable = false, length = 20)
    private EvaluationType type;

    @Column(nullable = false)
    private boolean participatory;

    @ElementCollection
    @CollectionTable(name = "evaluation_steering_member", joinColumns = @JoinColumn(name = "evaluation_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> steeringCommittee = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluatorKind evaluatorKind;

    @Audited
    @Column(length = TITLE_MAX_LENGTH)
    private String evaluators;

    @Audited
    @Column(name = "starts_on", nullable = false)
    private LocalDate start;

    @Audited
    @Column(name = "ends_on")
    private LocalDate end;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationStatus status = EvaluationStatus.FRAMING;

    /** The evaluation's conclusion, its key idea (idée force). */
    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = SUMMARY_MAX_LENGTH)
    private String summary;

    /** When the pôle published the report for anyone to read; null while it is not public. */
    private Instant reportPublishedAt;

    protected Evaluation() {
        // for JPA
    }

    /**
     * A new evaluation, in {@link EvaluationStatus#FRAMING}.
     *
     * @param origin the record of another module that commissioned it, or null
     */
    public Evaluation(EvaluationProgramme programme, Framing framing, ResourceRef origin) {
        this.programme = Objects.requireNonNull(programme, "programme is required");
        this.origin = origin;
        apply(framing);
    }

    /**
     * An evaluation another record commissioned (a workshop's reference document, an evaluation's
     * recommendation…): framed from the brief, ex post, by the pôle's own staff, starting today. It judges
     * a policy when one is named, a scheme otherwise; the pôle reframes it as needed.
     */
    public static Evaluation commissioned(EvaluationProgramme programme, String title, String brief, String originLabel,
            ResourceRef origin, long commissionId, Long policyId, LocalDate today) {
        Objects.requireNonNull(origin, "origin is required");
        Framing framing = new Framing(title, policyId == null ? EvaluationObject.SCHEME : EvaluationObject.POLICY, brief,
                policyId, originLabel, EvaluationType.EX_POST, false, EvaluatorKind.INTERNAL, null, today, null);
        Evaluation evaluation = new Evaluation(programme, framing, origin);
        evaluation.commissionId = commissionId;
        return evaluation;
    }

    /** Rewrites the framing. @throws StateConflict {@code evaluation.frozen} in follow-up */
    public void reframe(Framing framing) {
        requireEditable();
        apply(framing);
    }

    private void apply(Framing framing) {
        Objects.requireNonNull(framing, "framing is required");
        Objects.requireNonNull(framing.start(), "start is required");
        if (framing.end() != null && framing.end().isBefore(framing.start())) {
            throw new IllegalArgumentException("an evaluation ends on or after its start");
        }
        this.title = Invariants.requiredText(framing.title(), "title", TITLE_MAX_LENGTH);
        this.object = Objects.requireNonNull(framing.object(), "object is required");
        this.objectDescription = Invariants.optionalText(framing.objectDescription(), "objectDescription", TEXT_MAX_LENGTH);
        this.policyId = framing.policyId();
        this.originLabel = Invariants.requiredText(framing.originLabel(), "originLabel", TITLE_MAX_LENGTH);
        this.type = Objects.requireNonNull(framing.type(), "type is required");
        this.participatory = framing.participatory();
        this.evaluatorKind = Objects.requireNonNull(framing.evaluatorKind(), "evaluatorKind is required");
        this.evaluators = Invariants.optionalText(framing.evaluators(), "evaluators", TITLE_MAX_LENGTH);
        this.start = framing.start();
        this.end = framing.end();
    }

    /**
     * Moves the evaluation one step forward, to {@code target}, which must be the step after the current
     * one: naming the target keeps a page shown before someone else's move from moving it twice.
     *
     * @throws StateConflict {@code evaluation.status.last} in follow-up, {@code evaluation.status.notNext} for
     *                       any other target than the next step (a skip, a step back, the same step)
     */
    public void advance(EvaluationStatus target) {
        Objects.requireNonNull(target, "target is required");
        EvaluationStatus next = status.next();
        if (next == null) {
            throw new StateConflict("evaluation.status.last");
        }
        if (target != next) {
            throw new StateConflict("evaluation.status.notNext");
        }
        status = next;
    }

    /** The conclusion, blank for none. @throws StateConflict {@code evaluation.frozen} in follow-up */
    public void writeSummary(String text) {
        requireEditable();
        this.summary = Invariants.optionalText(text, "summary", SUMMARY_MAX_LENGTH);
    }

    /** Replaces the steering committee's members, as account ids. @throws StateConflict {@code evaluation.frozen} */
    public void appointSteeringCommittee(Collection<Long> accountIds) {
        requireEditable();
        Objects.requireNonNull(accountIds, "accountIds is required");
        if (accountIds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("an account id is required");
        }
        steeringCommittee.clear();
        steeringCommittee.addAll(accountIds);
    }

    public boolean isOnSteeringCommittee(long accountId) {
        return steeringCommittee.contains(accountId);
    }

    /**
     * Makes the report public: its framing, summary, questions and findings, quotes by category and
     * recommendations. Only a report that exists may be published (reported or in follow-up); publishing
     * it again keeps the first date.
     *
     * @throws StateConflict {@code evaluation.report.notReported} before the report
     */
    public void publishReport(Instant at) {
        Objects.requireNonNull(at, "at is required");
        if (status != EvaluationStatus.REPORTED && status != EvaluationStatus.FOLLOW_UP) {
            throw new StateConflict("evaluation.report.notReported");
        }
        if (reportPublishedAt == null) {
            reportPublishedAt = at;
        }
    }

    /** Whether {@link #publishReport} would make the report public now: it exists and is not public yet. */
    public boolean isReportPublishable() {
        return (status == EvaluationStatus.REPORTED || status == EvaluationStatus.FOLLOW_UP) && reportPublishedAt == null;
    }

    /** Whether the framing, summary, committee, questions, findings, interviews and quotes may still change. */
    public boolean isEditable() {
        return status != EvaluationStatus.FOLLOW_UP;
    }

    public boolean isReportPublished() {
        return reportPublishedAt != null;
    }

    /** @throws StateConflict {@code evaluation.frozen} once the evaluation is in follow-up: its content is settled */
    public void requireEditable() {
        if (!isEditable()) {
            throw new StateConflict("evaluation.frozen");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public EvaluationProgramme getProgramme() { return programme; }
    public String getTitle() { return title; }
    public EvaluationObject getObject() { return object; }
    public String getObjectDescription() { return objectDescription; }
    public Long getPolicyId() { return policyId; }
    public String getOriginLabel() { return originLabel; }
    public ResourceRef getOrigin() { return origin; }
    public Long getCommissionId() { return commissionId; }
    public EvaluationType getType() { return type; }
    public boolean isParticipatory() { return participatory; }
    public Set<Long> getSteeringCommittee() { return Set.copyOf(steeringCommittee); }
    public EvaluatorKind getEvaluatorKind() { return evaluatorKind; }
    public String getEvaluators() { return evaluators; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public EvaluationStatus getStatus() { return status; }
    public String getSummary() { return summary; }
    public Instant getReportPublishedAt() { return reportPublishedAt; }
}
