package org.fabrique.dialogue.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.fabrique.core.domain.Percent;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeStatus;

/**
 * The commitment dashboard's figures for one programme, and for each directorate that has recommendations
 * to answer in it: recommendations in all, awaiting an answer, overdue, answered on time and late, and the
 * on-time answer rate ({@link OnTimeRate}; null while nothing is due, and then written as null in JSON
 * rather than left out).
 */
public record CommitmentView(long programmeId, int year, ProgrammeStatus status, long total, long awaiting,
        long overdue, long answeredOnTime, long answeredLate, @JsonbNillable Double onTimeRate,
        List<Directorate> directorates) {

    /** One directorate's figures within the programme. */
    public record Directorate(long directorateId, String name, long total, long awaiting, long overdue,
            long answeredOnTime, long answeredLate, @JsonbNillable Double onTimeRate) {

        /** The on-time rate as a whole percentage, as every page and report shows it; null while nothing is due. */
        public Integer onTimePercent() {
            return Percent.of(onTimeRate);
        }

        static Directorate of(long directorateId, String name, CommitmentTally t) {
            return new Directorate(directorateId, name, t.total(), t.awaiting(), t.overdue(), t.answeredOnTime(),
                    t.answeredLate(), OnTimeRate.of(t).rate());
        }
    }

    public CommitmentView {
        directorates = List.copyOf(directorates);
    }

    /** The on-time rate as a whole percentage, as every page and report shows it; null while nothing is due. */
    public Integer onTimePercent() {
        return Percent.of(onTimeRate);
    }

    static CommitmentView of(Programme p, CommitmentTally t, List<Directorate> directorates) {
        return new CommitmentView(p.getId(), p.getYear(), p.getStatus(), t.total(), t.awaiting(), t.overdue(),
                t.answeredOnTime(), t.answeredLate(), OnTimeRate.of(t).rate(), directorates);
    }
}
