package org.fabrique.dialogue.application;

import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.DialogueProject;

/** A dialogue project: a candidate retained when its programme was validated. */
public record ProjectView(long id, long programmeId, long candidateId, String title, String summary,
        long directorateId, Long policyId, TerritorialScale scale, Long neighbourhoodId) {

    static ProjectView of(DialogueProject p) {
        return new ProjectView(p.getId(), p.getProgramme().getId(), p.getCandidate().getId(), p.getTitle(),
                p.getSummary(), p.getDirectorateId(), p.getPolicyId(), p.getScale(), p.getNeighbourhoodId());
    }
}
