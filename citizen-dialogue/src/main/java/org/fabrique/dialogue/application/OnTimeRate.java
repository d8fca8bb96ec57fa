package org.fabrique.dialogue.application;

import java.time.LocalDate;
import java.util.Collection;
import org.fabrique.core.domain.Percent;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.Recommendation;

/**
 * How well the city keeps its commitment to answer: of the recommendations whose answer is due (those
 * answered, and those still awaiting an answer past their due date), the share answered by the due
 * date. Recommendations not yet due and unanswered do not count; the rate is null while none is due.
 * This is the one definition of the rate: the public page, the commitment dashboard and the council report all
 * use it, and show it rounded by {@link #percent()}.
 */
public record OnTimeRate(long answeredOnTime, long answeredLate, long overdue, Double rate) {

    public static OnTimeRate of(Collection<Recommendation> recommendations, LocalDate today) {
        return of(CommitmentTally.of(recommendations, today));
    }

    /** The rate as a whole percentage, as every page and report shows it ({@link Percent}); null while none is due. */
    public Integer percent() {
        return Percent.of(rate);
    }

    /** The rate of recommendations counted elsewhere, in the database for instance. */
    public static OnTimeRate of(CommitmentTally tally) {
        long due = tally.answeredOnTime() + tally.answeredLate() + tally.overdue();
        return new OnTimeRate(tally.answeredOnTime(), tally.answeredLate(), tally.overdue(),
                due == 0 ? null : (double) tally.answeredOnTime() / due);
    }
}
