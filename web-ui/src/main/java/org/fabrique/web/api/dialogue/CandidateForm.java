package org.fabrique.web.api.dialogue;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ParticipationMethod;

/**
 * A candidate project as a directorate writes it. Only the title is needed for a draft; submission
 * asks for the policy, the scale, the stakes, the levers, the participation level and a method.
 * {@code version} is the one read, required to edit.
 */
public record CandidateForm(
        @NotBlank(message = "{dialogue.candidate.title.required}")
        @Size(max = CandidateDraft.TITLE_MAX_LENGTH, message = "{dialogue.candidate.title.size}") String title,
        @Size(max = CandidateDraft.LONG_TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String summary,
        Long policyId,
        Long sponsorPersonId,
        TerritorialScale scale,
        Long neighbourhoodId,
        @Size(max = CandidateDraft.LONG_TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String stakes,
        @Size(max = CandidateDraft.LONG_TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String levers,
        ParticipationLevel participationLevel,
        Set<ParticipationMethod> methods,
        @Size(max = CandidateDraft.SHORT_TEXT_MAX_LENGTH, message = "{dialogue.shortText.size}") String publics,
        @Size(max = CandidateDraft.SHORT_TEXT_MAX_LENGTH, message = "{dialogue.shortText.size}") String calendar,
        @DecimalMin(value = "0", message = "{dialogue.candidate.budget.positive}") BigDecimal budget,
        Long version) {

    CandidateDraft toDraft() {
        return new CandidateDraft(title, summary, policyId, sponsorPersonId, scale, neighbourhoodId, stakes, levers,
                participationLevel, methods == null ? Set.of() : methods, publics, calendar, budget);
    }
}
