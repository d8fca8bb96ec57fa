package org.fabrique.prospective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;

/**
 * An action of a workshop's plan: what a recommendation of chapter 4 of the adopted document becomes
 * for one directorate, with its pilot, deadline, status and progress.
 */
@Entity
@Table(name = "prospective_action")
public class PlannedAction {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int RECOMMENDATION_MAX_LENGTH = 2000;
    public static final int PILOT_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long workshopId;

    /** The recommendation of chapter 4 it comes from, as its text. */
    @Column(nullable = false, length = RECOMMENDATION_MAX_LENGTH)
    private String recommendation;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false)
    private long directorateId;

    @Column(nullable = false, length = PILOT_MAX_LENGTH)
    private String pilot;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.PLANNED;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private Instant plannedAt;

    protected PlannedAction() {
        // for JPA
    }

    private PlannedAction(long workshopId, String recommendation, String title, long directorateId, String pilot,
            LocalDate deadline, Instant at) {
        this.workshopId = workshopId;
        this.recommendation = Invariants.requiredText(recommendation, "recommendation", RECOMMENDATION_MAX_LENGTH);
        this.title = Invariants.requiredText(title, "title", TITLE_MAX_LENGTH);
        this.directorateId = directorateId;
        this.pilot = Invariants.requiredText(pilot, "pilot", PILOT_MAX_LENGTH);
        this.deadline = Objects.requireNonNull(deadline, "deadline is required");
        this.plannedAt = Objects.requireNonNull(at, "at is required");
    }

    /**
     * A new action of the plan, once the document is adopted; the first one moves the workshop from
     * {@link WorkshopStatus#ADOPTED} to {@link WorkshopStatus#ACTION_PLAN}.
     *
     * @throws StateConflict {@code prospective.plan.notAdopted} before adoption, {@code prospective.closed} once closed
     */
    public static PlannedAction plan(Workshop workshop, ReferenceDocument document, String recommendation, String title,
            long directorateId, String pilot, LocalDate deadline, Instant at) {
        if (!document.isAdopted()) {
            throw new StateConflict("prospective.plan.notAdopted");
        }
        if (workshop.getStatus() == WorkshopStatus.CLOSED) {
            throw new StateConflict("prospective.closed");
        }
        PlannedAction action = new PlannedAction(document.getWorkshopId(), recommendation, title, directorateId, pilot,
                deadline, at);
        if (workshop.getStatus() == WorkshopStatus.ADOPTED) {
            workshop.advance();
        }
        return action;
    }

    /**
     * Where the action stands: DONE means 100 %, PLANNED means 0 %; a finished action changes no more.
     *
     * @throws StateConflict {@code prospective.action.finished}, {@code prospective.action.plannedWithProgress},
     *                       {@code prospective.action.doneIncomplete}
     */
    public void update(ActionStatus newStatus, int newProgress) {
        Objects.requireNonNull(newStatus, "status is required");
        if (newProgress < 0 || newProgress > 100) {
            throw new IllegalArgumentException("progress is between 0 and 100, got " + newProgress);
        }
        if (status.isFinished()) {
            throw new StateConflict("prospective.action.finished");
        }
        if (newStatus == ActionStatus.PLANNED && newProgress > 0) {
            throw new StateConflict("prospective.action.plannedWithProgress");
        }
        if (newStatus == ActionStatus.DONE && newProgress < 100) {
            throw new StateConflict("prospective.action.doneIncomplete");
        }
        this.status = newStatus;
        this.progress = newProgress;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getWorkshopId() { return workshopId; }
    public String getRecommendation() { return recommendation; }
    public String getTitle() { return title; }
    public long getDirectorateId() { return directorateId; }
    public String getPilot() { return pilot; }
    public LocalDate getDeadline() { return deadline; }
    public ActionStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public Instant getPlannedAt() { return plannedAt; }
}
