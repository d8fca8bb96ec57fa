package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.Reminders;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.domain.AnswerReminder;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationRepository;

/**
 * Queues the reminders of the recommendations awaiting an answer ({@link AnswerReminder}): run on a
 * schedule (as the pôle), or by the pôle at once. A reminder already queued is not queued again, so running it twice, or
 * again after a restart, tells nobody twice.
 */
@Stateless
@RolesAllowed(Roles.POLE)
public class AnswerReminders implements Reminders {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    DialogueNotices notices;

    @Inject
    CityClock clock;

    /** Queues today's reminders; returns how many notifications were queued (0 when all were already). */
    @Override
    public int queue() {
        LocalDate today = clock.today();
        int queued = 0;
        for (Recommendation recommendation : recommendations.awaitingAnswerDueBy(
                today.plusDays(AnswerReminder.NOTICE_DAYS))) {
            for (AnswerReminder reminder : AnswerReminder.dueOn(today, recommendation.getDueDate())) {
                queued += notices.remind(recommendation, reminder);
            }
        }
        return queued;
    }
}
