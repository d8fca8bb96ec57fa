package org.fabrique.evaluation.application;

import java.time.LocalDate;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.domain.Attribution;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.IntervieweeCategory;

/** An interview; {@code intervieweeName} is null for anyone but the pôle ({@link Attribution}). */
public record InterviewView(long id, long evaluationId, IntervieweeCategory category, String intervieweeName,
        LocalDate interviewedOn, String interviewer, String notes, long version) {
    static InterviewView of(Interview i, Role reader) {
        Attribution attribution = Attribution.of(i, reader);
        return new InterviewView(i.getId(), i.getEvaluationId(), attribution.category(), attribution.name(),
                i.getInterviewedOn(), i.getInterviewer(), i.getNotes(), i.getVersion());
    }
}
