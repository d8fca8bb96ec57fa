package org.fabrique.prospective.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An « input » offered to the group, in the seed's word for what the resource sequence brings in from
 * elsewhere: a diagnostic or a review of its knowledge base, a benchmark (a city or body, its practice, the
 * lesson drawn), an expert hearing (the expert, their organisation, the topic, the key points) or a site
 * visit; each linked to the issues it informs. The pages and the API call it a resource.
 */
@Entity
@Table(name = "prospective_resource")
public class WorkshopInput {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResourceType type;

    /** The topic, the document's name, the practice studied. */
    @Audited
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    /** The city or body of a benchmark, the expert heard, the place visited, the author of a document. */
    @Audited
    @Column(length = TITLE_MAX_LENGTH)
    private String source;

    /** The expert's organisation. */
    @Audited
    @Column(length = TITLE_MAX_LENGTH)
    private String organisation;

    /** The practice, the key points, the note itself. */
    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String content;

    /** What the group takes from it. */
    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String lesson;

    @Audited
    @Column(name = "resource_date")
    private LocalDate date;

    @ElementCollection
    @CollectionTable(name = "prospective_resource_issue", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "issue_id", nullable = false)
    private Set<Long> issueIds = new HashSet<>();

    protected WorkshopInput() {
        // for JPA
    }

    public WorkshopInput(Workshop workshop, ResourceType type, String title, String source, String organisation,
            String content, String lesson, LocalDate date) {
        this.workshop = Objects.requireNonNull(workshop, "workshop is required");
        revise(type, title, source, organisation, content, lesson, date);
    }

    /** Corrects what was recorded of it; the issues it informs are {@link #inform(Collection) linked} apart. */
    public void revise(ResourceType type, String title, String source, String organisation, String content,
            String lesson, LocalDate date) {
        this.type = Objects.requireNonNull(type, "type is required");
        this.title = Invariants.requiredText(title, "title", TITLE_MAX_LENGTH);
        this.source = Invariants.optionalText(source, "source", TITLE_MAX_LENGTH);
        this.organisation = Invariants.optionalText(organisation, "organisation", TITLE_MAX_LENGTH);
        this.content = Invariants.optionalText(content, "content", TEXT_MAX_LENGTH);
        this.lesson = Invariants.optionalText(lesson, "lesson", TEXT_MAX_LENGTH);
        this.date = date;
    }

    /**
     * Links it to issues of its own workshop.
     *
     * @throws IllegalArgumentException for an issue of another workshop
     */
    public void inform(Collection<WorkshopIssue> issues) {
        for (WorkshopIssue issue : issues) {
            boolean same = issue.getWorkshop() == workshop
                    || workshop.getId() != null && workshop.getId().equals(issue.getWorkshop().getId());
            if (!same) {
                throw new IllegalArgumentException("an issue of another workshop");
            }
        }
        issueIds.clear();
        issues.forEach(issue -> issueIds.add(issue.getId()));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Workshop getWorkshop() { return workshop; }
    public ResourceType getType() { return type; }
    public String getTitle() { return title; }
    public String getSource() { return source; }
    public String getOrganisation() { return organisation; }
    public String getContent() { return content; }
    public String getLesson() { return lesson; }
    public LocalDate getDate() { return date; }
    public Set<Long> getIssueIds() { return Collections.unmodifiableSet(issueIds); }
}
