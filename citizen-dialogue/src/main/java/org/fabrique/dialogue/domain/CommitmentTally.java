package org.fabrique.dialogue.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * How a set of recommendations stands, on a given day, against the city's commitment to answer: how many
 * there are, how many await their answer (an interim {@link AnswerPosition#UNDER_STUDY} answer included)
 * and how many of those are overdue, how many were answered by their due date and how many after it.
 * The repository counts the same thing in the database ({@link RecommendationRepository#commitment}).
 */
public record CommitmentTally(long total, long awaiting, long overdue, long answeredOnTime, long answeredLate) {

    /** No recommendation at all. */
    public static final CommitmentTally NONE = new CommitmentTally(0, 0, 0, 0, 0);

    /**
     * @throws IllegalArgumentException when a count is negative, more are overdue than await an answer, or
     *                                  the awaiting and answered ones do not add up to the total
     */
    public CommitmentTally {
        if (total < 0 || awaiting < 0 || overdue < 0 || answeredOnTime < 0 || answeredLate < 0) {
            throw new IllegalArgumentException("counts must be 0 or more");
        }
        if (overdue > awaiting) {
            throw new IllegalArgumentException("overdue (" + overdue + ") must not exceed awaiting (" + awaiting + ")");
        }
        if (awaiting + answeredOnTime + answeredLate != total) {
            throw new IllegalArgumentException("awaiting + answered must equal total, got " + awaiting + " + "
                    + answeredOnTime + " + " + answeredLate + " for " + total);
        }
    }

    /** Counts recommendations in memory with the domain's own rules; {@code today} judges what is overdue. */
    public static CommitmentTally of(Collection<Recommendation> recommendations, LocalDate today) {
        Objects.requireNonNull(today, "today is required");
        long awaiting = 0;
        long overdue = 0;
        long onTime = 0;
        long late = 0;
        for (Recommendation r : recommendations) {
            if (r.getStatus() == RecommendationStatus.ANSWERED) {
                if (r.answeredOnTime()) {
                    onTime++;
                } else {
                    late++;
                }
            } else {
                awaiting++;
                if (r.isOverdue(today)) {
                    overdue++;
                }
            }
        }
        return new CommitmentTally(recommendations.size(), awaiting, overdue, onTime, late);
    }

    /** The two tallies together, such as two directorates' for their programme's. */
    public CommitmentTally plus(CommitmentTally other) {
        return new CommitmentTally(total + other.total, awaiting + other.awaiting, overdue + other.overdue,
                answeredOnTime + other.answeredOnTime, answeredLate + other.answeredLate);
    }

    /** Answered with a final (not interim) answer, on time or late. */
    public long answered() {
        return answeredOnTime + answeredLate;
    }
}
