package org.fabrique.dialogue.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeStatus;

/**
 * A programme as the interfaces show it, with the number of candidates retained so far, whether it is within the
 * target range, and what the caller may do on it now ({@code actions}).
 */
public record ProgrammeView(long id, int year, LocalDate submissionOpens, LocalDate submissionCloses, int targetMin,
        int targetMax, int answerDelayDays, ProgrammeStatus status, long retainedCount, boolean inTargetRange, long version,
        Instant validatedAt, String validatedBy, String validationJustification, Set<ProgrammeAction> actions) {

    public ProgrammeView {
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    static ProgrammeView of(Programme p, long retainedCount, Role reader) {
        return new ProgrammeView(p.getId(), p.getYear(), p.getSubmissionOpens(), p.getSubmissionCloses(),
                p.getTargetMin(), p.getTargetMax(), p.getAnswerDelayDays(), p.getStatus(), retainedCount,
                p.isInTargetRange(Math.toIntExact(retainedCount)),
                p.getVersion(), p.getValidatedAt(), p.getValidatedBy(), p.getValidationJustification(), actions(p, reader));
    }

    /** Whether the caller may do this on the programme now. */
    public boolean may(ProgrammeAction action) {
        return actions.contains(action);
    }

    private static Set<ProgrammeAction> actions(Programme p, Role reader) {
        EnumSet<ProgrammeAction> actions = EnumSet.noneOf(ProgrammeAction.class);
        if (reader == Role.POLE || reader == Role.ELECTED) {
            actions.add(ProgrammeAction.REVIEW_ARBITRATION);
        }
        if (p.isOpen()) {
            if (reader == Role.DIRECTORATE) {
                actions.add(ProgrammeAction.DRAFT_CANDIDATE);
            }
            if (reader == Role.ELECTED) {
                actions.add(ProgrammeAction.ARBITRATE);
                actions.add(ProgrammeAction.VALIDATE);
            }
        }
        return actions;
    }
}
