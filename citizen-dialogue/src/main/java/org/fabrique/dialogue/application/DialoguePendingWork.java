package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.AwaitingArbitration;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationRepository;

/**
 * What the citizen-dialogue programme asks of each person: a directorate, its overdue answers; the
 * pôle, all overdue answers; elected officials, the studied candidates awaiting their decision.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class DialoguePendingWork implements PendingWork {

    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

    @Inject
    RecommendationRepository recommendations;

    @Inject
    CandidateRepository candidates;

    @Inject
    CityClock clock;

    @Override
    public List<PendingItem> pendingFor(Caller caller) {
        List<PendingItem> items = new ArrayList<>();
        switch (caller.role()) {
            case DIRECTORATE -> overdue(new RecommendationFilter(null, caller.directorateId(), true), items);
            case POLE -> overdue(new RecommendationFilter(null, null, true), items);
            case ELECTED -> awaitingDecision(items);
            default -> {
                // participants take part in workshops, not in this programme
            }
        }
        return items;
    }

    private void overdue(RecommendationFilter filter, List<PendingItem> items) {
        long overdue = recommendations.page(filter, clock.today(), COUNT_ONLY).total();
        if (overdue > 0) {
            items.add(new PendingItem("pending.dialogue.overdue", List.of(overdue),
                    "/dialogue/recommendations.xhtml"));
        }
    }

    /** Every open programme's studied candidates, counted by the database in one query. */
    private void awaitingDecision(List<PendingItem> items) {
        for (AwaitingArbitration awaiting : candidates.awaitingArbitration()) {
            items.add(new PendingItem("pending.dialogue.toArbitrate",
                    List.of(awaiting.studied(), String.valueOf(awaiting.year())),
                    "/dialogue/arbitration.xhtml?programme=" + awaiting.programmeId()));
        }
    }
}
