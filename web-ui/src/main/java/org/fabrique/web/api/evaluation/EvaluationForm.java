package org.fabrique.web.api.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.Framing;

/**
 * An evaluation's framing as the pôle sends it: {@code programmeYear} when it is framed (the year's
 * programme is opened with its first evaluation), {@code version} when it is reframed.
 */
public record EvaluationForm(
        Integer programmeYear,
        @NotBlank(message = "{evaluation.title.required}")
        @Size(max = Evaluation.TITLE_MAX_LENGTH, message = "{evaluation.text.tooLong}") String title,
        @NotNull(message = "{evaluation.object.required}") EvaluationObject object,
        @Size(max = Evaluation.TEXT_MAX_LENGTH, message = "{evaluation.text.tooLong}") String objectDescription,
        Long policyId,
        @NotBlank(message = "{evaluation.originLabel.required}")
        @Size(max = Evaluation.TITLE_MAX_LENGTH, message = "{evaluation.text.tooLong}") String originLabel,
        @NotNull(message = "{evaluation.type.required}") EvaluationType type,
        Boolean participatory,
        @NotNull(message = "{evaluation.evaluatorKind.required}") EvaluatorKind evaluatorKind,
        @Size(max = Evaluation.TITLE_MAX_LENGTH, message = "{evaluation.text.tooLong}") String evaluators,
        @NotNull(message = "{evaluation.start.required}") LocalDate start,
        LocalDate end,
        Long version) {

    Framing framing() {
        return new Framing(title, object, objectDescription, policyId, originLabel, type, Boolean.TRUE.equals(participatory),
                evaluatorKind, evaluators, start, end);
    }
}
