package org.fabrique.dialogue.application;

import java.time.LocalDate;
import org.fabrique.dialogue.domain.Answer;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationStatus;

/** A citizens' recommendation, the city's answer to it, and whether that answer is overdue today. */
public record RecommendationView(long id, long projectId, String projectTitle, Long sessionId, String text, long directorateId,
        LocalDate recordedOn, LocalDate dueDate, RecommendationStatus status, boolean overdue, AnswerView answer,
        boolean published, long version) {

    public record AnswerView(AnswerPosition position, String text, String plannedActions, String answeredBy,
            LocalDate answeredOn) {
    }

    static RecommendationView of(Recommendation r, LocalDate today) {
        Answer a = r.getAnswer();
        return new RecommendationView(r.getId(), r.getProject().getId(), r.getProject().getTitle(), r.getSessionId(), r.getText(),
                r.getDirectorateId(), r.getRecordedOn(), r.getDueDate(), r.getStatus(), r.isOverdue(today),
                a == null ? null : new AnswerView(a.position(), a.text(), a.plannedActions(), a.answeredBy(), a.answeredOn()),
                r.isPublished(), r.getVersion());
    }
}
