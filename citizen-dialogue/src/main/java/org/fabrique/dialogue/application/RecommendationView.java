package org.fabrique.dialogue.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.application.Caller;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.domain.Answer;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationStatus;

/**
 * A citizens' recommendation, the city's answer to it, whether that answer is overdue today, and what the caller may
 * do with it now.
 */
public record RecommendationView(long id, long projectId, String projectTitle, Long sessionId, String text, long directorateId,
        LocalDate recordedOn, LocalDate dueDate, RecommendationStatus status, boolean overdue, AnswerView answer,
        boolean published, long version, Set<RecommendationAction> actions) {

    public RecommendationView {
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    /** Whether the caller may give or replace the answer now. */
    public boolean mayAnswer() {
        return actions.contains(RecommendationAction.ANSWER);
    }

    /** Whether the caller may publish the answer now. */
    public boolean mayPublish() {
        return actions.contains(RecommendationAction.PUBLISH);
    }

    /** Whether the caller may correct the text or the directorate now. */
    public boolean mayCorrect() {
        return actions.contains(RecommendationAction.CORRECT);
    }

    public record AnswerView(AnswerPosition position, String text, String plannedActions, String answeredBy,
            LocalDate answeredOn) {
    }

    static RecommendationView of(Recommendation r, LocalDate today, Caller caller) {
        Answer a = r.getAnswer();
        return new RecommendationView(r.getId(), r.getProject().getId(), r.getProject().getTitle(), r.getSessionId(), r.getText(),
                r.getDirectorateId(), r.getRecordedOn(), r.getDueDate(), r.getStatus(), r.isOverdue(today),
                a == null ? null : new AnswerView(a.position(), a.text(), a.plannedActions(), a.answeredBy(), a.answeredOn()),
                r.isPublished(), r.getVersion(), actions(r, caller));
    }

    private static Set<RecommendationAction> actions(Recommendation r, Caller caller) {
        Set<RecommendationAction> allowed = EnumSet.noneOf(RecommendationAction.class);
        boolean pole = caller.role() == Role.POLE;
        boolean itsDirectorate = caller.role() == Role.DIRECTORATE
                && Objects.equals(caller.directorateId(), r.getDirectorateId());
        if ((pole || itsDirectorate) && r.isAnswerable()) {
            allowed.add(RecommendationAction.ANSWER);
        }
        if (pole && r.isPublishable()) {
            allowed.add(RecommendationAction.PUBLISH);
        }
        if (pole && r.isCorrectable()) {
            allowed.add(RecommendationAction.CORRECT);
        }
        return allowed;
    }
}
