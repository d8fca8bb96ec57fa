package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.NotificationEvent;
import org.fabrique.core.application.Notifications;
import org.fabrique.core.application.Reminders;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.NotificationKind;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.FollowUpDue;
import org.fabrique.evaluation.domain.FollowUpReminder;

/**
 * Queues the reminders of the evaluations' recommendations whose follow-up is due soon or overdue, to their
 * owner directorate ({@link FollowUpReminder}): run on a schedule (as the pôle), or by the pôle at once. A
 * reminder already queued is not queued again, so running it twice, or again after a restart, tells nobody
 * twice.
 */
@Stateless
@RolesAllowed(Roles.POLE)
public class FollowUpReminders implements Reminders {

    @Inject
    EvaluationRecommendationRepository recommendations;

    @Inject
    Notifications notifications;

    @Inject
    CityClock clock;

    /** Queues today's reminders; returns how many notifications were queued (0 when all were already). */
    @Override
    public int queue() {
        LocalDate today = clock.today();
        int queued = 0;
        for (FollowUpDue due : recommendations.openFollowUpsDueBy(today.plusDays(FollowUpReminder.NOTICE_DAYS))) {
            EvaluationRecommendation recommendation = due.recommendation();
            long owner = recommendation.getOwnerDirectorateId();
            LocalDate dueDate = recommendation.getDueDate();
            for (FollowUpReminder reminder : FollowUpReminder.dueOn(today, dueDate).stream().toList()) {
                NotificationKind kind = reminder == FollowUpReminder.DUE_SOON
                        ? EvaluationMails.EVALUATION_RECOMMENDATION_DUE_SOON
                        : EvaluationMails.EVALUATION_RECOMMENDATION_OVERDUE;
                queued += notifications.toDirectorate(owner, NotificationEvent.of(kind,
                        reminder.eventKey(recommendation.getId(), owner, dueDate),
                        "/evaluation/evaluation.xhtml?id=" + recommendation.getEvaluationId(), due.evaluationTitle(),
                        recommendation.getText(), "date:" + dueDate));
            }
        }
        return queued;
    }
}
