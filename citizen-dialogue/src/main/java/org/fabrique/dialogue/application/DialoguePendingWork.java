package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.CandidateTally;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationRepository;

/**
 * What the citizen-dialogue programme asks of each person. A directorate: the programmes taking candidates
 * and their deadline, its drafts not yet submitted, its answers overdue and due within a month. The pôle:
 * the submitted candidates to study, the answers to publish, every overdue answer. Elected officials: the
 * studied candidates to arbitrate and the programmes ready to validate. Every count is made by the
 * database, a few statements whatever the data.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class DialoguePendingWork implements PendingWork {

    /** The first of a list sorted by due date, and the number of them: one page of one. */
    private static final PageRequest FIRST_ONLY = new PageRequest(0, 1);

    @Inject
    RecommendationRepository recommendations;

    @Inject
    CandidateRepository candidates;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CityClock clock;

    @Override
    public List<PendingItem> pendingFor(Caller caller) {
        List<PendingItem> items = new ArrayList<>();
        LocalDate today = clock.today();
        switch (caller.role()) {
            case DIRECTORATE -> {
                if (caller.directorateId() != null) {
                    forDirectorate(caller.directorateId(), today, items);
                }
            }
            case POLE -> forPole(today, items);
            case ELECTED -> forElected(today, items);
            default -> {
                // participants take part in workshops, not in this programme
            }
        }
        return items;
    }

    private void forDirectorate(long directorateId, LocalDate today, List<PendingItem> items) {
        Map<Long, Map<CandidateStatus, Long>> tallies = byProgramme(candidates.openProgrammeTallies(directorateId));
        for (Programme programme : programmes.open()) {
            if (!programme.acceptsSubmissionsOn(today)) {
                continue;
            }
            String path = "/dialogue/programme.xhtml?id=" + programme.getId();
            String year = String.valueOf(programme.getYear());
            items.add(new PendingItem("pending.dialogue.open", List.of(year, programme.getSubmissionCloses()), path,
                    programme.getSubmissionCloses()));
            long drafts = tallies.getOrDefault(programme.getId(), Map.of()).getOrDefault(CandidateStatus.DRAFT, 0L);
            if (drafts > 0) {
                items.add(new PendingItem("pending.dialogue.drafts", List.of(drafts, year), path,
                        programme.getSubmissionCloses()));
            }
        }
        answers("pending.dialogue.overdue", new RecommendationFilter(null, null, directorateId, true, null), today,
                "#overdueHeading", items);
        answers("pending.dialogue.dueSoon", new RecommendationFilter(null, null, directorateId, false, true), today,
                "#dueSoonHeading", items);
    }

    private void forPole(LocalDate today, List<PendingItem> items) {
        for (CandidateTally tally : candidates.openProgrammeTallies(null)) {
            if (tally.status() == CandidateStatus.SUBMITTED) {
                items.add(new PendingItem("pending.dialogue.toStudy",
                        List.of(tally.count(), String.valueOf(tally.year())),
                        "/dialogue/programme.xhtml?id=" + tally.programmeId()));
            }
        }
        long toPublish = recommendations.countAwaitingPublication();
        if (toPublish > 0) {
            items.add(new PendingItem("pending.dialogue.toPublish", List.of(toPublish),
                    "/dialogue/recommendations.xhtml"));
        }
        answers("pending.dialogue.overdue", new RecommendationFilter(null, null, true), today, "#overdueHeading",
                items);
    }

    private void forElected(LocalDate today, List<PendingItem> items) {
        Map<Long, Map<CandidateStatus, Long>> tallies = byProgramme(candidates.openProgrammeTallies(null));
        for (Programme programme : programmes.open()) {
            Map<CandidateStatus, Long> counts = tallies.getOrDefault(programme.getId(), Map.of());
            String path = "/dialogue/arbitration.xhtml?programme=" + programme.getId();
            String year = String.valueOf(programme.getYear());
            long studied = counts.getOrDefault(CandidateStatus.STUDIED, 0L);
            if (studied > 0) {
                items.add(new PendingItem("pending.dialogue.toArbitrate", List.of(studied, year), path));
            } else if (isReadyToValidate(programme, counts, today)) {
                items.add(new PendingItem("pending.dialogue.toValidate", List.of(year), path));
            }
        }
    }

    /** Not taking submissions, every candidate decided, at least one: nothing the validation would warn of. */
    private static boolean isReadyToValidate(Programme programme, Map<CandidateStatus, Long> counts, LocalDate today) {
        return !programme.acceptsSubmissionsOn(today)
                && counts.getOrDefault(CandidateStatus.SUBMITTED, 0L) == 0
                && counts.getOrDefault(CandidateStatus.ARBITRATED, 0L) > 0;
    }

    /** How many answers the filter finds, dated by the earliest due one. */
    private void answers(String key, RecommendationFilter filter, LocalDate today, String anchor, List<PendingItem> items) {
        Page<Recommendation> first = recommendations.page(filter, today, FIRST_ONLY);
        if (first.total() > 0) {
            items.add(new PendingItem(key, List.of(first.total()), "/dialogue/recommendations.xhtml" + anchor,
                    first.items().get(0).getDueDate()));
        }
    }

    private static Map<Long, Map<CandidateStatus, Long>> byProgramme(List<CandidateTally> tallies) {
        Map<Long, Map<CandidateStatus, Long>> counts = new HashMap<>();
        for (CandidateTally tally : tallies) {
            counts.computeIfAbsent(tally.programmeId(), id -> new EnumMap<>(CandidateStatus.class))
                    .put(tally.status(), tally.count());
        }
        return counts;
    }
}
