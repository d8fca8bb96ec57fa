package org.fabrique.dialogue.application;

import java.time.Instant;
import java.time.LocalDate;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeStatus;

/** A programme as the interfaces show it, with the number of candidates retained so far and whether it is within the target range. */
public record ProgrammeView(long id, int year, LocalDate submissionOpens, LocalDate submissionCloses, int targetMin,
        int targetMax, int answerDelayDays, ProgrammeStatus status, long retainedCount, boolean inTargetRange, long version,
        Instant validatedAt, String validatedBy, String validationJustification) {

    static ProgrammeView of(Programme p, long retainedCount) {
        return new ProgrammeView(p.getId(), p.getYear(), p.getSubmissionOpens(), p.getSubmissionCloses(),
                p.getTargetMin(), p.getTargetMax(), p.getAnswerDelayDays(), p.getStatus(), retainedCount,
                p.isInTargetRange(Math.toIntExact(retainedCount)),
                p.getVersion(), p.getValidatedAt(), p.getValidatedBy(), p.getValidationJustification());
    }
}
