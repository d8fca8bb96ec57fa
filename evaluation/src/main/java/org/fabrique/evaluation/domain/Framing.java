package org.fabrique.evaluation.domain;

import java.time.LocalDate;

/**
 * What the pôle decides when it frames an evaluation: its title, its object, what commissioned it (as a
 * label), its type, whether it is participatory, who evaluates, and its period ({@code end} may stay
 * open). {@link Evaluation} checks it.
 *
 * @param policyId the public policy judged, if any (a core {@code PublicPolicy} id)
 */
public record Framing(String title, EvaluationObject object, String objectDescription, Long policyId,
        String originLabel, EvaluationType type, boolean participatory, EvaluatorKind evaluatorKind, String evaluators,
        LocalDate start, LocalDate end) {
}
