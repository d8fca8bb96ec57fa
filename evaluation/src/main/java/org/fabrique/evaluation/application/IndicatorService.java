package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordAction;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorRepository;
import org.fabrique.evaluation.domain.Measurement;

/**
 * An evaluation's indicators and their measurements over time, as series for charts: any account reads
 * them; the pôle defines them and records the values, in follow-up too (that is when they matter), corrects what it
 * defined and deletes an indicator defined by mistake while no value is measured.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class IndicatorService {

    /** What the pôle types to define an indicator; baseline and target may wait. */
    public record NewIndicator(String name, String unit, BigDecimal baseline, BigDecimal target, String source) {
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    EvaluationAccess access;

    @Inject
    AccountService accounts;

    /** The indicators by name, each with its series. */
    public List<IndicatorView> indicators(long evaluationId) {
        access.load(evaluationId);
        boolean pole = accounts.me().role() == Role.POLE;
        return indicators.ofEvaluation(evaluationId).stream().map(i -> view(i, pole)).toList();
    }

    @RolesAllowed(Roles.POLE)
    public IndicatorView define(long evaluationId, NewIndicator form) {
        access.load(evaluationId);
        check(form);
        return view(indicators.store(new Indicator(evaluationId, form.name(), form.unit(), form.baseline(),
                form.target(), form.source())), true);
    }

    @RolesAllowed(Roles.POLE)
    public IndicatorView revise(long indicatorId, Long expectedVersion, NewIndicator form) {
        Indicator indicator = current(indicatorId, null);
        ExpectedVersion.require(expectedVersion, indicator.getVersion());
        check(form);
        indicator.describe(form.name(), form.unit(), form.baseline(), form.target(), form.source());
        return view(indicators.store(indicator), true);
    }

    /** @throws InvalidInput {@code measuredOn} when a value is already recorded on that date */
    @RolesAllowed(Roles.POLE)
    public IndicatorView measure(long indicatorId, Long expectedVersion, LocalDate measuredOn, BigDecimal value,
            String note) {
        Indicator indicator = current(indicatorId, expectedVersion);
        FieldChecks.present(measuredOn, "measuredOn", "evaluation.measurement.date.required");
        FieldChecks.present(value, "value", "evaluation.measurement.value.required");
        FieldChecks.storable(value, "value");
        FieldChecks.fits(note, "note", Measurement.NOTE_MAX_LENGTH);
        if (indicator.hasMeasurementOn(measuredOn)) {
            throw new InvalidInput("measuredOn", "evaluation.measurement.dateTaken");
        }
        indicator.record(measuredOn, value, note);
        return view(indicators.store(indicator), true);
    }

    /** Takes back a measurement typed in error. */
    @RolesAllowed(Roles.POLE)
    public IndicatorView withdraw(long indicatorId, Long expectedVersion, long measurementId) {
        Indicator indicator = current(indicatorId, expectedVersion);
        if (!indicator.withdraw(measurementId)) {
            throw new RecordNotFound("measurement", measurementId);
        }
        return view(indicators.store(indicator), true);
    }

    /**
     * Deletes an indicator defined by mistake.
     *
     * @throws StateConflict {@code evaluation.indicator.measured} once a value is measured: withdraw the values first
     */
    @RolesAllowed(Roles.POLE)
    public void delete(long indicatorId) {
        Indicator indicator = current(indicatorId, null);
        if (!indicator.getMeasurements().isEmpty()) {
            throw new StateConflict("evaluation.indicator.measured");
        }
        indicators.remove(indicator);
    }

    private static IndicatorView view(Indicator indicator, boolean pole) {
        if (!pole) {
            return IndicatorView.of(indicator, Set.of());
        }
        return IndicatorView.of(indicator, indicator.getMeasurements().isEmpty()
                ? EnumSet.allOf(RecordAction.class) : EnumSet.of(RecordAction.CORRECT));
    }

    private Indicator current(long indicatorId, Long expectedVersion) {
        Indicator indicator = indicators.findById(indicatorId).orElseThrow(() -> new RecordNotFound("indicator", indicatorId));
        ExpectedVersion.check(expectedVersion, indicator.getVersion());
        return indicator;
    }

    private static void check(NewIndicator form) {
        FieldChecks.present(form, "name", "evaluation.indicator.name.required");
        FieldChecks.required(form.name(), "name", "evaluation.indicator.name.required", Indicator.NAME_MAX_LENGTH);
        FieldChecks.required(form.unit(), "unit", "evaluation.indicator.unit.required", Indicator.UNIT_MAX_LENGTH);
        FieldChecks.storable(form.baseline(), "baseline");
        FieldChecks.storable(form.target(), "target");
        FieldChecks.fits(form.source(), "source", Indicator.SOURCE_MAX_LENGTH);
    }
}
