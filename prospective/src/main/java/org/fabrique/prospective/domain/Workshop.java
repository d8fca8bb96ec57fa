package org.fabrique.prospective.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An Atelier prospectif: a closed group of 15 to 30 people, presided by the deputy mayor of the
 * delegation, who re-examine a public policy (or a major issue) over three sequences and produce a
 * reference document, then an action plan. What is said inside is confidential to its members and the
 * pôle; a synthesis note can be published for outside readers.
 */
@Entity
@Table(name = "prospective_workshop")
@Indexed
public class Workshop {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int SYNTHESIS_MAX_LENGTH = 20000;
    public static final int FEWEST_MEMBERS = 15;
    public static final int MOST_MEMBERS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id", nullable = false)
    private Cycle cycle;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkshopKind kind;

    private Long policyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TerritorialScale scale;

    @Column(nullable = false)
    private long presidentPersonId;

    @Column(length = TEXT_MAX_LENGTH)
    private String organisingCommittee;

    @Column(length = TITLE_MAX_LENGTH)
    private String externalFirm;

    /** The expected output agreed at the start (le contrat). */
    @Column(length = TEXT_MAX_LENGTH)
    private String contract;

    @Column(name = "starts_on")
    private LocalDate start;

    @Column(name = "ends_on")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkshopStatus status = WorkshopStatus.PREPARATION;

    @Column(length = SYNTHESIS_MAX_LENGTH)
    private String synthesisNote;

    private Instant synthesisPublishedAt;

    @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Membership> members = new ArrayList<>();

    protected Workshop() {
        // for JPA
    }

    /**
     * A workshop in preparation, its president its first member.
     *
     * @param policyId required for a {@link WorkshopKind#PUBLIC_POLICY} workshop, optional for a major issue
     * @param scale    the city or the metropolis
     */
    public Workshop(Cycle cycle, String title, WorkshopKind kind, Long policyId, TerritorialScale scale,
            long presidentPersonId) {
        this.cycle = Objects.requireNonNull(cycle, "cycle is required");
        this.title = Invariants.requiredText(title, "title", TITLE_MAX_LENGTH);
        this.kind = Objects.requireNonNull(kind, "kind is required");
        if (kind == WorkshopKind.PUBLIC_POLICY && policyId == null) {
            throw new IllegalArgumentException("a public-policy workshop names its policy");
        }
        this.policyId = policyId;
        Objects.requireNonNull(scale, "scale is required");
        if (scale == TerritorialScale.NEIGHBOURHOOD) {
            throw new IllegalArgumentException("a workshop works at city or metropolitan scale");
        }
        this.scale = scale;
        this.presidentPersonId = presidentPersonId;
        members.add(new Membership(this, presidentPersonId, ParticipantCategory.PRESIDENT));
    }

    /** The organising committee, the external firm if any, the contract and the dates. */
    public void describe(String newCommittee, String newFirm, String newContract, LocalDate newStart, LocalDate newEnd) {
        if (newStart != null && newEnd != null && newEnd.isBefore(newStart)) {
            throw new IllegalArgumentException("a workshop ends after it starts");
        }
        this.organisingCommittee = Invariants.optionalText(newCommittee, "organisingCommittee", TEXT_MAX_LENGTH);
        this.externalFirm = Invariants.optionalText(newFirm, "externalFirm", TITLE_MAX_LENGTH);
        this.contract = Invariants.optionalText(newContract, "contract", TEXT_MAX_LENGTH);
        this.start = newStart;
        this.end = newEnd;
    }

    /**
     * Seats a person in the group.
     *
     * @throws StateConflict {@code prospective.member.already} if they sit already, {@code prospective.closed}
     *                       once the workshop is closed, {@code prospective.president.unique} for a second president
     */
    public Membership addMember(long personId, ParticipantCategory category) {
        requireOpen();
        if (member(personId).isPresent()) {
            throw new StateConflict("prospective.member.already");
        }
        if (category == ParticipantCategory.PRESIDENT) {
            throw new StateConflict("prospective.president.unique");
        }
        Membership membership = new Membership(this, personId, category);
        members.add(membership);
        return membership;
    }

    /** @throws StateConflict {@code prospective.president.stays} for the president, {@code prospective.notMember} */
    public void removeMember(long personId) {
        requireOpen();
        Membership membership = member(personId).orElseThrow(() -> new StateConflict("prospective.notMember"));
        if (membership.getCategory() == ParticipantCategory.PRESIDENT) {
            throw new StateConflict("prospective.president.stays");
        }
        members.remove(membership);
    }

    /** The member reads the seven principles and acknowledges them; the first date is kept. */
    public void acknowledgeCharter(long personId, Instant at) {
        member(personId).orElseThrow(() -> new StateConflict("prospective.notMember")).acknowledgeCharter(at);
    }

    /**
     * Moves the workshop to the next step of the method, but out of the exploratory sequence: that one
     * closes with the group's ranked issues, see {@link #advance(int)}.
     */
    public void advance() {
        advance(0);
    }

    /**
     * Moves the workshop to the next step of the method.
     *
     * @param rankedIssues how many issues the group has ranked; closing the exploratory sequence needs 5 to 10
     * @throws StateConflict {@code prospective.issues.range} when closing the exploratory sequence outside 5–10
     *                       ranked issues, {@code prospective.closed} once closed
     */
    public void advance(int rankedIssues) {
        requireOpen();
        if (status == WorkshopStatus.EXPLORATORY
                && (rankedIssues < WorkshopIssue.FEWEST || rankedIssues > WorkshopIssue.MOST)) {
            throw new StateConflict("prospective.issues.range");
        }
        status = status.next();
    }

    /** Writes (or rewrites) the synthesis note meant for outside readers; publishing it is a separate act. */
    public void writeSynthesis(String text) {
        this.synthesisNote = Invariants.optionalText(text, "synthesisNote", SYNTHESIS_MAX_LENGTH);
        this.synthesisPublishedAt = null;
    }

    /** @throws StateConflict {@code prospective.synthesis.empty} when there is no note to publish */
    public void publishSynthesis(Instant at) {
        if (synthesisNote == null) {
            throw new StateConflict("prospective.synthesis.empty");
        }
        this.synthesisPublishedAt = Objects.requireNonNull(at, "at is required");
    }

    public boolean isMember(Long personId) {
        return personId != null && member(personId).isPresent();
    }

    public Optional<Membership> member(long personId) {
        return members.stream().filter(m -> m.getPersonId() == personId).findFirst();
    }

    /** Outside 15–30 members the page warns; the group is not refused, the pôle decides. */
    public boolean isGroupSizeOutsideRange() {
        return members.size() < FEWEST_MEMBERS || members.size() > MOST_MEMBERS;
    }

    private void requireOpen() {
        if (status == WorkshopStatus.CLOSED) {
            throw new StateConflict("prospective.closed");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Cycle getCycle() { return cycle; }
    public String getTitle() { return title; }
    public WorkshopKind getKind() { return kind; }
    public Long getPolicyId() { return policyId; }
    public TerritorialScale getScale() { return scale; }
    public long getPresidentPersonId() { return presidentPersonId; }
    public String getOrganisingCommittee() { return organisingCommittee; }
    public String getExternalFirm() { return externalFirm; }
    public String getContract() { return contract; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public WorkshopStatus getStatus() { return status; }
    public String getSynthesisNote() { return synthesisNote; }
    public Instant getSynthesisPublishedAt() { return synthesisPublishedAt; }

    /** The synthesis note once published, null before: the only part of the content a search reads. */
    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "synthesisNote")),
        @ObjectPath(@PropertyValue(propertyName = "synthesisPublishedAt"))})
    public String getPublishedSynthesis() {
        return synthesisPublishedAt == null ? null : synthesisNote;
    }
    public List<Membership> getMembers() { return Collections.unmodifiableList(members); }
}
