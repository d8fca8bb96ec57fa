package org.fabrique.dialogue.application;

import java.time.LocalDate;
import java.util.Collection;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationStatus;

/**
 * How well the city keeps its commitment to answer: of the recommendations whose answer is due (those
 * answered, and those still awaiting an answer past their due date), the share answered by the due
 * date. Recommendations not yet due and unanswered do not count; the rate is null while none is due.
 */
public record OnTimeRate(long answeredOnTime, long answeredLate, long overdue, Double rate) {

    public static OnTimeRate of(Collection<Recommendation> recommendations, LocalDate today) {
        long onTime = 0;
        long late = 0;
        long overdue = 0;
        for (Recommendation r : recommendations) {
            if (r.getStatus() == RecommendationStatus.ANSWERED) {
                if (r.answeredOnTime()) {
                    onTime++;
                } else {
                    late++;
                }
            } else if (r.isOverdue(today)) {
                overdue++;
            }
        }
        long due = onTime + late + overdue;
        return new OnTimeRate(onTime, late, overdue, due == 0 ? null : (double) onTime / due);
    }
}
