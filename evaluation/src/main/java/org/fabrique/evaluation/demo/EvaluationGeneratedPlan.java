package org.fabrique.evaluation.demo;

import static org.fabrique.evaluation.domain.EvaluationStatus.ANALYSIS;
import static org.fabrique.evaluation.domain.EvaluationStatus.DATA_COLLECTION;
import static org.fabrique.evaluation.domain.EvaluationStatus.FOLLOW_UP;
import static org.fabrique.evaluation.domain.EvaluationStatus.FRAMING;
import static org.fabrique.evaluation.domain.EvaluationStatus.REPORTED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.fabrique.evaluation.demo.EvaluationGeneratedTexts.IndicatorSpec;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.FollowUpStatus;

/**
 * The calendar of the generated evaluations, apart from the texts and the database: which step each of a step's two
 * evaluations is at, and the dates that step implies, counted back from today.
 * <p>
 * Five steps make a cycle of ten evaluations: five in follow-up, two reported, one in analysis, one collecting its
 * data and one in framing (the one a recommendation of its step's first evaluation commissions). Step 0 gives the
 * analysis and the report the demo lacks, so that at scale 1 the demo and the volume together show every step.
 * <p>
 * The older an evaluation's step, the older its dates: in follow-up it started 1.5 to 9.75 years ago, reported 9 months
 * to 2.5 years ago, in analysis 7 to 14 months ago, collecting its data 1.5 to 8 months ago; a commissioned one starts
 * today. Its interviews fall in its fieldwork, its report is published after its end, every date before today but the
 * planned ends of the evaluations in progress and the due dates still to come.
 */
final class EvaluationGeneratedPlan {

    static final int EVALUATIONS_PER_STEP = 2;

    /** The statuses of a step's two evaluations, by step modulo the cycle. */
    private static final EvaluationStatus[][] CYCLE = {
        {ANALYSIS, REPORTED},
        {FOLLOW_UP, DATA_COLLECTION},
        {FOLLOW_UP, FRAMING},
        {FOLLOW_UP, FOLLOW_UP},
        {REPORTED, FOLLOW_UP}};

    /** The steering committees, in turn, as demo usernames: the pôle with elected officials, directors, the expert. */
    private static final List<List<String>> COMMITTEES = List.of(
            List.of("pole", "elu", "expert"), List.of("pole", "direction"), List.of("pole", "elu2", "direction2"),
            List.of("pole", "expert"), List.of("pole", "elu", "direction"), List.of("pole", "elu2", "direction2", "expert"));

    /** Every username a committee names. */
    static final List<String> USERNAMES = List.of("pole", "direction", "direction2", "elu", "elu2", "expert");

    /** Half ex post, some mid-term, a few ex ante. */
    private static final List<EvaluationType> TYPES = List.of(EvaluationType.EX_POST, EvaluationType.EX_POST,
            EvaluationType.EX_POST, EvaluationType.EX_POST, EvaluationType.EX_POST, EvaluationType.MID_TERM,
            EvaluationType.MID_TERM, EvaluationType.MID_TERM, EvaluationType.EX_ANTE, EvaluationType.EX_ANTE);

    /**
     * An evaluation's dates. {@code fieldworkFrom}–{@code fieldworkTo} hold its interviews (null in framing);
     * {@code reportPublished} is null while the report is not public; {@code followUpFrom} is when its
     * recommendations were given owners (null before the follow-up).
     */
    record Dates(LocalDate start, LocalDate end, LocalDate fieldworkFrom, LocalDate fieldworkTo,
            LocalDate reportPublished, LocalDate followUpFrom) {
    }

    private EvaluationGeneratedPlan() {
    }

    /** The status of evaluation {@code index} (0 or 1) of step {@code step}. */
    static EvaluationStatus status(int step, int index) {
        return CYCLE[Math.floorMod(step, CYCLE.length)][index];
    }

    /** The evaluation's number among all generated ones, from 1: it names its lot in its title. */
    static int number(int step, int index) {
        return step * EVALUATIONS_PER_STEP + index + 1;
    }

    /** The steering committee of evaluation {@code number} (from 1), as demo usernames: the first has the expert. */
    static List<String> committee(int number) {
        return COMMITTEES.get(Math.floorMod(number - 1, COMMITTEES.size()));
    }

    static EvaluationType type(Random random) {
        return TYPES.get(random.nextInt(TYPES.size()));
    }

    /** The dates of an evaluation at {@code status} as of {@code today}. */
    static Dates dates(EvaluationStatus status, LocalDate today, Random random) {
        Objects.requireNonNull(today, "today is required");
        return switch (status) {
            case FRAMING -> new Dates(today, today.plusDays(between(random, 180, 300)), null, null, null, null);
            case DATA_COLLECTION -> {
                LocalDate start = today.minusDays(between(random, 45, 240));
                yield new Dates(start, today.plusDays(between(random, 90, 300)), start.plusDays(14), today.minusDays(1),
                        null, null);
            }
            case ANALYSIS -> {
                LocalDate start = today.minusDays(between(random, 200, 420));
                LocalDate from = start.plusDays(14);
                yield new Dates(start, today.plusDays(between(random, 20, 150)), from,
                        from.plusDays(between(random, 90, 150)), null, null);
            }
            case REPORTED -> {
                LocalDate start = today.minusDays(between(random, 270, 900));
                LocalDate from = start.plusDays(14);
                LocalDate to = from.plusDays(between(random, 60, 120));
                LocalDate end = to.plusDays(between(random, 45, 90));
                LocalDate published = random.nextInt(10) < 6 ? end.plusDays(between(random, 7, 28)) : null;
                yield new Dates(start, end, from, to, published, null);
            }
            case FOLLOW_UP -> {
                LocalDate start = today.minusDays(between(random, 560, 3560));
                LocalDate from = start.plusDays(14);
                LocalDate to = from.plusDays(between(random, 60, 120));
                LocalDate end = to.plusDays(between(random, 45, 120));
                LocalDate published = random.nextInt(20) < 17 ? end.plusDays(between(random, 7, 45)) : null;
                yield new Dates(start, end, from, to, published, end.plusDays(between(random, 14, 60)));
            }
        };
    }

    /** How many interviews an evaluation at {@code status} holds: none in framing, 5–9 so far while collecting. */
    static int interviews(EvaluationStatus status, Random random) {
        return switch (status) {
            case FRAMING -> 0;
            case DATA_COLLECTION -> between(random, 5, 9);
            default -> between(random, 8, 12);
        };
    }

    /** A follow-up due 3 months to 2 years after it was assigned. */
    static LocalDate due(Dates dates, Random random) {
        return dates.followUpFrom().plusDays(between(random, 90, 720));
    }

    /** Beyond so many years past its due date, a follow-up has been closed: done, or abandoned. */
    static final int SETTLED_AFTER_YEARS = 2;

    /**
     * Where a follow-up due on {@code due} stands today: due more than {@link #SETTLED_AFTER_YEARS} years ago, done or
     * abandoned (a city closes its old follow-ups); past its date since, mostly done, some abandoned, a third still
     * open (overdue); still to come, mostly planned or in progress, a few done early.
     */
    static FollowUpStatus followUp(LocalDate due, LocalDate today, Random random) {
        int draw = random.nextInt(100);
        if (due.isBefore(today.minusYears(SETTLED_AFTER_YEARS))) {
            return draw < 80 ? FollowUpStatus.DONE : FollowUpStatus.ABANDONED;
        }
        if (due.isBefore(today)) {
            return draw < 55 ? FollowUpStatus.DONE : draw < 65 ? FollowUpStatus.ABANDONED
                    : draw < 87 ? FollowUpStatus.IN_PROGRESS : FollowUpStatus.PLANNED;
        }
        return draw < 35 ? FollowUpStatus.PLANNED : draw < 80 ? FollowUpStatus.IN_PROGRESS : FollowUpStatus.DONE;
    }

    /**
     * {@code years} yearly values of an indicator, oldest first: a first value in the spec's range, then each year's
     * move and some noise (±1.5 points for a percentage, kept from 0 to 100; ±4 % otherwise); a percentage to one
     * decimal, anything else whole.
     */
    static List<BigDecimal> series(IndicatorSpec spec, int years, Random random) {
        double value = between(random, spec.low(), spec.high());
        List<BigDecimal> values = new ArrayList<>();
        for (int year = 0; year < years; year++) {
            values.add(rounded(spec, value));
            double noise = random.nextDouble() * 2 - 1;
            value = spec.percentage() ? Math.max(0, Math.min(100, value + spec.yearly() + 1.5 * noise))
                    : value * (1 + spec.yearly() + 0.04 * noise);
        }
        return values;
    }

    /** The target set from the baseline: so many points further for a percentage (100 at most), so many percent else. */
    static BigDecimal target(IndicatorSpec spec, BigDecimal baseline) {
        return spec.percentage() ? rounded(spec, Math.min(100, baseline.doubleValue() + spec.target()))
                : rounded(spec, baseline.doubleValue() * (1 + spec.target()));
    }

    private static BigDecimal rounded(IndicatorSpec spec, double value) {
        return BigDecimal.valueOf(value).setScale(spec.percentage() ? 1 : 0, RoundingMode.HALF_UP);
    }

    /** A day from {@code from} to {@code to}, both included. */
    static LocalDate dayBetween(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
