package org.fabrique.dialogue.application;

import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.ParticipationLevel;

/**
 * A dialogue project: a candidate retained when its programme was validated, with the lessons the pôle
 * recorded on it. Its methods are read separately ({@link ProjectService#find}), so that lists stay one
 * statement per page.
 */
public record ProjectView(long id, long programmeId, int year, long candidateId, String title, String summary,
        long directorateId, Long policyId, TerritorialScale scale, Long neighbourhoodId,
        ParticipationLevel participationLevel, String lessons, long version) {

    static ProjectView of(DialogueProject p) {
        return new ProjectView(p.getId(), p.getProgramme().getId(), p.getProgramme().getYear(), p.getCandidate().getId(),
                p.getTitle(), p.getSummary(), p.getDirectorateId(), p.getPolicyId(), p.getScale(),
                p.getNeighbourhoodId(), p.getParticipationLevel(), p.getLessons(), p.getVersion());
    }
}
