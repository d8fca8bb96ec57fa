package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.events.CandidateProjectCommissioned;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;

/**
 * Receives a candidate project commissioned by another mission: writes it as a draft of the chosen
 * directorate in the next open programme (its title, the brief as summary, the policy), which the
 * directorate then completes and submits like any other, and tells the core which candidate answers the
 * commission. Runs in the commissioning transaction: without an open programme nothing is kept.
 */
@Stateless
@RolesAllowed(Roles.POLE)
public class CommissionedCandidates {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CandidateRepository candidates;

    @Inject
    CommissionService commissions;

    @Inject
    CityClock clock;

    public void on(@Observes CandidateProjectCommissioned commissioned) {
        Programme programme = programmes.nextOpen(clock.today().getYear())
                .orElseThrow(() -> new StateConflict("commission.noOpenProgramme"));
        String summary = commissioned.brief() == null ? null
                : commissioned.brief().substring(0, Math.min(commissioned.brief().length(),
                        CandidateDraft.LONG_TEXT_MAX_LENGTH));
        CandidateDraft draft = new CandidateDraft(commissioned.title(), summary, commissioned.policyId(), null, null,
                null, null, null, null, Set.of(), null, null, null);
        CandidateProject candidate = candidates.store(new CandidateProject(programme, commissioned.directorateId(),
                draft, commissioned.requestedBy(), commissioned.occurredAt()));
        commissions.fulfil(commissioned.commissionId(), new ResourceRef(ResourceKind.CANDIDATE_PROJECT,
                candidate.getId()));
    }
}
