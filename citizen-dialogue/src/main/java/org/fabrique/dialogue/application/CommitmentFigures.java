package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.fabrique.core.application.MeasuredFigures;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.domain.ProgrammeRepository;

/**
 * The answer commitment's figures of a year's programme, as the commitment dashboard counts them, for whoever
 * quotes them elsewhere (an evaluation's indicators): {@value #ON_TIME_RATE}, the {@link OnTimeRate} in percent
 * with one decimal, and {@value #ANSWERED}, the recommendations answered, on time or late.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class CommitmentFigures implements MeasuredFigures {

    public static final String ON_TIME_RATE = "answer-commitment.on-time-rate";

    public static final String ANSWERED = "answer-commitment.answered";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CommitmentService commitment;

    @Override
    public Optional<BigDecimal> measure(String name, int year) {
        if (!ON_TIME_RATE.equals(name) && !ANSWERED.equals(name)) {
            return Optional.empty();
        }
        return programmes.findByYear(year).map(p -> commitment.of(p.getId())).flatMap(figures -> {
            if (ANSWERED.equals(name)) {
                return Optional.of(BigDecimal.valueOf(figures.answeredOnTime() + figures.answeredLate()));
            }
            return Optional.ofNullable(figures.onTimeRate())
                    .map(rate -> BigDecimal.valueOf(rate).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
        });
    }
}
