package org.fabrique.dialogue.domain;

import java.util.Set;
import org.fabrique.core.domain.TerritorialScale;

/**
 * Which candidates of a programme to list; every criterion left null lets all through.
 *
 * @param directorateId only this directorate's candidates
 * @param status only those at this status
 * @param decision only those the elected officials decided so (arbitrated ones)
 * @param policyId only those under this public policy
 * @param scale only those at this territorial scale
 * @param neighbourhoodId only those in this neighbourhood
 * @param text found in the title or the summary, whatever the case
 */
public record CandidateFilter(Long directorateId, CandidateStatus status, ArbitrationDecision decision, Long policyId,
        TerritorialScale scale, Long neighbourhoodId, String text) {

    /**
     * The fields a list of candidates sorts by, then by title: statuses in the pipeline's order, feasibility opinions
     * from feasible to not feasible, decisions from retained to rejected (undecided last).
     */
    public static final Set<String> SORT_FIELDS = Set.of("title", "status", "submittedAt", "budget", "opinion", "decision");

    public CandidateFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** No criterion: every candidate of the programme. */
    public static CandidateFilter all() {
        return new CandidateFilter(null, null, null, null, null, null, null);
    }

    /** The same criteria, for this directorate only. */
    public CandidateFilter ofDirectorate(Long directorate) {
        return new CandidateFilter(directorate, status, decision, policyId, scale, neighbourhoodId, text);
    }

    /** Whether a criterion narrows the list. */
    public boolean narrows() {
        return directorateId != null || status != null || decision != null || policyId != null || scale != null
                || neighbourhoodId != null || text != null;
    }
}
