package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.SortKey;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeFilter;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.ProjectFilter;
import org.fabrique.dialogue.domain.StageCounts;

/** The yearly programmes: the pôle opens one, an elected official validates it. */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ProgrammeService {

    /** What the pôle types to open the call for projects of a year. */
    public record NewProgramme(int year, LocalDate submissionOpens, LocalDate submissionCloses, int targetMin,
            int targetMax, int answerDelayDays) {
    }

    /**
     * What validating the programme would do now, for the elected official to confirm: the retained candidates that
     * become dialogue projects, whether that is within the target range, and what would be left behind — submissions
     * still open, candidates submitted but not studied, studied but not decided.
     */
    public record ValidationPreview(int year, List<String> retainedTitles, boolean inTargetRange, int targetMin,
            int targetMax, boolean submissionsOpen, LocalDate submissionCloses, long unstudied, long undecided) {
    }

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CandidateRepository candidates;

    @Inject
    DialogueProjectRepository projects;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    public Page<ProgrammeView> page(PageRequest request) {
        return page(ProgrammeFilter.all(), List.of(), request);
    }

    /** The programmes the filter lets through, with their retained counts read in one statement for the page. */
    public Page<ProgrammeView> page(ProgrammeFilter filter, List<SortKey> sort, PageRequest request) {
        Page<Programme> page = programmes.page(filter, sort, request);
        Map<Long, Long> retained = candidates.countRetained(page.items().stream().map(Programme::getId).toList());
        Role reader = accounts.me().role();
        return page.map(p -> ProgrammeView.of(p, retained.getOrDefault(p.getId(), 0L), reader));
    }

    public ProgrammeView find(long id) {
        Programme programme = load(id);
        return ProgrammeView.of(programme, candidates.countRetained(id), accounts.me().role());
    }

    /** Whether the caller may open a new year's programme: the pôle. */
    public boolean mayOpen() {
        return accounts.me().role() == Role.POLE;
    }

    @RolesAllowed(Roles.POLE)
    public ProgrammeView open(NewProgramme form) {
        if (programmes.existsByYear(form.year())) {
            throw new InvalidInput("year", "dialogue.programme.yearTaken");
        }
        if (form.submissionCloses().isBefore(form.submissionOpens())) {
            throw new InvalidInput("submissionCloses", "dialogue.programme.closesBeforeOpens");
        }
        if (form.targetMax() < form.targetMin()) {
            throw new InvalidInput("targetMax", "dialogue.programme.targetMaxBelowMin");
        }
        Programme programme = programmes.store(new Programme(form.year(), form.submissionOpens(),
                form.submissionCloses(), form.targetMin(), form.targetMax(), form.answerDelayDays()));
        return ProgrammeView.of(programme, 0, accounts.me().role());
    }

    /**
     * Freezes the programme: every retained candidate becomes a dialogue project and the city's
     * commitment to answer its recommendations starts. Outside the target range a justification is
     * required.
     */
    @RolesAllowed(Roles.ELECTED)
    public ProgrammeView validate(long id, Long expectedVersion, String justification) {
        Programme programme = load(id);
        ExpectedVersion.check(expectedVersion, programme.getVersion());
        long retained = candidates.countRetained(id);
        programme.validate((int) retained, justification, accounts.me().username(), clock.now());
        for (CandidateProject candidate : candidates.retained(id)) {
            projects.store(new DialogueProject(candidate));
        }
        return ProgrammeView.of(programmes.store(programme), retained, accounts.me().role());
    }

    @RolesAllowed(Roles.ELECTED)
    public ValidationPreview validationPreview(long id) {
        Programme programme = load(id);
        programme.requireOpen();
        List<String> retained = candidates.retained(id).stream().map(CandidateProject::getTitle).toList();
        StageCounts stages = candidates.stagesByDirectorate(id, null).values().stream()
                .reduce(StageCounts.NONE, StageCounts::plus);
        return new ValidationPreview(programme.getYear(), retained, programme.isInTargetRange(retained.size()),
                programme.getTargetMin(), programme.getTargetMax(), programme.acceptsSubmissionsOn(clock.today()),
                programme.getSubmissionCloses(), stages.count(PipelineStage.SUBMITTED), stages.count(PipelineStage.STUDIED));
    }

    public Page<ProjectView> projects(long programmeId, PageRequest request) {
        return projects(programmeId, ProjectFilter.all(), List.of(), request);
    }

    /** The programme's projects the filter lets through, sorted by these keys (of {@link ProjectFilter#SORT_FIELDS}). */
    public Page<ProjectView> projects(long programmeId, ProjectFilter filter, List<SortKey> sort, PageRequest request) {
        load(programmeId);
        return projects.page(programmeId, filter, sort, request).map(ProjectView::of);
    }

    private Programme load(long id) {
        return programmes.findById(id).orElseThrow(() -> new RecordNotFound("programme", id));
    }
}
