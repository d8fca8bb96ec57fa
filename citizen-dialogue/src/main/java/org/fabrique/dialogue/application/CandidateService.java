package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.NeighbourhoodRepository;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.SortKey;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateFilter;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.CriterionAssessment;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.FeasibilityStudy;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;

/**
 * Candidate projects: a directorate drafts, edits and submits its own; the pôle studies their
 * feasibility; elected officials arbitrate. A directorate never sees another directorate's candidates
 * (they answer 404 to it, as if they did not exist).
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class CandidateService {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CandidateRepository candidates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    NeighbourhoodRepository neighbourhoods;

    @Inject
    PersonRepository people;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    @Inject
    DialogueNotices notices;

    /** The programme's candidates the caller follows (a directorate its own), by title. */
    public Page<CandidateView> page(long programmeId, PageRequest request) {
        return page(programmeId, CandidateFilter.all(), List.of(), request);
    }

    /**
     * The programme's candidates the caller follows (a directorate its own, whatever directorate the filter
     * names) that the filter lets through, sorted by the keys (fields of {@link CandidateFilter#SORT_FIELDS}) then
     * by title.
     */
    public Page<CandidateView> page(long programmeId, CandidateFilter filter, List<SortKey> sort, PageRequest request) {
        programme(programmeId);
        Caller caller = accounts.me();
        CandidateFilter seen = caller.role() == Role.DIRECTORATE ? filter.ofDirectorate(caller.directorateId()) : filter;
        return candidates.page(programmeId, seen, sort, request).map(c -> view(c, caller));
    }

    /**
     * A page of the candidates the elected officials decide on: studied or already arbitrated, sorted by the keys
     * (fields of {@link CandidateFilter#SORT_FIELDS}, others ignored) then by title.
     */
    @RolesAllowed({Roles.POLE, Roles.ELECTED})
    public Page<CandidateView> forArbitration(long programmeId, List<SortKey> sort, PageRequest request) {
        programme(programmeId);
        Caller caller = accounts.me();
        List<SortKey> known = sort.stream().filter(k -> CandidateFilter.SORT_FIELDS.contains(k.field())).toList();
        return candidates.studiedOrArbitrated(programmeId, known, request).map(c -> view(c, caller));
    }

    public CandidateView find(long id) {
        Caller caller = accounts.me();
        return view(visible(id, caller), caller);
    }

    /**
     * Refuses, before any form is shown, a caller who may not draft a candidate in this programme: only a directorate
     * may, in a programme that exists.
     */
    @RolesAllowed(Roles.DIRECTORATE)
    public void checkMayDraft(long programmeId) {
        programme(programmeId);
    }

    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView draft(long programmeId, CandidateDraft draft) {
        Caller caller = accounts.me();
        checkReferences(draft);
        CandidateProject candidate = new CandidateProject(programme(programmeId), caller.directorateId(), draft,
                caller.username(), clock.now());
        return view(candidates.store(candidate), caller);
    }

    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView edit(long id, Long expectedVersion, CandidateDraft draft) {
        Caller caller = accounts.me();
        CandidateProject candidate = visible(id, caller);
        ExpectedVersion.require(expectedVersion, candidate.getVersion());
        checkReferences(draft);
        candidate.edit(draft);
        return view(candidates.store(candidate), caller);
    }

    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView submit(long id, Long expectedVersion) {
        Caller caller = accounts.me();
        CandidateProject candidate = current(visible(id, caller), expectedVersion);
        candidate.submit(clock.today(), clock.now());
        CandidateProject submitted = candidates.store(candidate);
        notices.submitted(submitted);
        return view(submitted, caller);
    }

    @RolesAllowed(Roles.DIRECTORATE)
    public CandidateView withdraw(long id, Long expectedVersion) {
        Caller caller = accounts.me();
        CandidateProject candidate = current(visible(id, caller), expectedVersion);
        candidate.withdraw(clock.now());
        return view(candidates.store(candidate), caller);
    }

    @RolesAllowed(Roles.POLE)
    public CandidateView recordFeasibility(long id, Long expectedVersion, List<CriterionAssessment> criteria,
            FeasibilityOpinion opinion, String comment) {
        Caller caller = accounts.me();
        CandidateProject candidate = visible(id, caller);
        ExpectedVersion.require(expectedVersion, candidate.getVersion());
        programmes.requireUnchangedAtCommit(candidate.getProgramme());
        candidate.recordFeasibility(new FeasibilityStudy(criteria, opinion, comment, caller.username(), clock.now()));
        CandidateProject studied = candidates.store(candidate);
        notices.feasibilityRecorded(studied);
        return view(studied, caller);
    }

    @RolesAllowed(Roles.ELECTED)
    public CandidateView arbitrate(long id, Long expectedVersion, ArbitrationDecision decision, String reason) {
        Caller caller = accounts.me();
        CandidateProject candidate = visible(id, caller);
        ExpectedVersion.require(expectedVersion, candidate.getVersion());
        if (decision == null) {
            throw new InvalidInput("decision", "dialogue.arbitration.decision.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "dialogue.arbitration.reason.required");
        }
        programmes.requireUnchangedAtCommit(candidate.getProgramme());
        candidate.arbitrate(decision, reason, caller.username(), clock.now());
        CandidateProject arbitrated = candidates.store(candidate);
        notices.arbitrated(arbitrated);
        return view(arbitrated, caller);
    }

    /** The policy, neighbourhood and sponsor a draft names must exist: a clear 400, not a broken foreign key. */
    private void checkReferences(CandidateDraft draft) {
        if (draft.policyId() != null && policies.findById(draft.policyId()).isEmpty()) {
            throw new InvalidInput("policyId", "dialogue.candidate.policyUnknown");
        }
        if (draft.neighbourhoodId() != null && neighbourhoods.findById(draft.neighbourhoodId()).isEmpty()) {
            throw new InvalidInput("neighbourhoodId", "dialogue.candidate.neighbourhoodUnknown");
        }
        if (draft.sponsorPersonId() != null && people.findById(draft.sponsorPersonId()).isEmpty()) {
            throw new InvalidInput("sponsorPersonId", "dialogue.candidate.sponsorUnknown");
        }
    }

    /** The candidate as the caller sees it, with what the caller may do with it today. */
    private CandidateView view(CandidateProject candidate, Caller caller) {
        return CandidateView.of(candidate, caller, clock.today());
    }

    private Programme programme(long id) {
        return programmes.findById(id).orElseThrow(() -> new RecordNotFound("programme", id));
    }

    /** The candidate, if the caller may know it exists: a directorate only knows its own. */
    private CandidateProject visible(long id, Caller caller) {
        CandidateProject candidate = candidates.findById(id).orElseThrow(() -> new RecordNotFound("candidate", id));
        if (caller.role() == Role.DIRECTORATE && !Objects.equals(candidate.getDirectorateId(), caller.directorateId())) {
            throw new RecordNotFound("candidate", id);
        }
        return candidate;
    }

    private static CandidateProject current(CandidateProject candidate, Long expectedVersion) {
        ExpectedVersion.check(expectedVersion, candidate.getVersion());
        return candidate;
    }
}
