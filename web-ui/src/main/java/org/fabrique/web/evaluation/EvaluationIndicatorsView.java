package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.IndicatorService;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.evaluation.application.MeasurementView;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/**
 * evaluation/indicators.xhtml?evaluation=ID: an evaluation's indicators, each drawn against its baseline
 * and target ({@link IndicatorChart}) with the table of its measurements, its latest value and progress.
 * Any account reads them; the pôle defines indicators, adds measurements and withdraws a wrong one; IndicatorEditView
 * corrects and deletes an indicator.
 */
@Named
@ViewScoped
public class EvaluationIndicatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluations;

    @Inject
    IndicatorService indicatorService;

    @Inject
    Messages messages;

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    private Long evaluationId;
    private EvaluationDetail evaluation;
    private List<IndicatorView> indicators = List.of();
    /** The chart of each indicator, by id. */
    private final Map<Long, String> charts = new HashMap<>();
    private IndicatorFields fields = new IndicatorFields();
    /** Select values stay strings. */
    private String indicatorId;
    private LocalDate measuredOn;
    private BigDecimal value;
    private String note;

    public void load() {
        if (evaluationId == null) {
            throw new RecordNotFound("evaluation", "none");
        }
        evaluation = evaluations.get(evaluationId);
        refresh();
    }

    private void refresh() {
        indicators = indicatorService.indicators(evaluationId);
        charts.clear();
        indicators.forEach(i -> charts.put(i.id(), new IndicatorChart(i).svg(labels(i))));
    }

    /** Reads the indicators again, after IndicatorEditView changed one. */
    void reload() {
        refresh();
    }

    public void define() {
        try {
            indicatorService.define(evaluationId, fields.toNew());
            messages.info("evaluation.indicators.defined");
            fields = new IndicatorFields();
            refresh();
        } catch (InvalidInput e) {
            messages.refused(e, "defineIndicator");
        }
    }

    public void measure() {
        IndicatorView indicator = indicators.stream().filter(i -> String.valueOf(i.id()).equals(indicatorId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("indicator", String.valueOf(indicatorId)));
        try {
            indicatorService.measure(indicator.id(), indicator.version(), measuredOn, value, note);
            messages.info("evaluation.indicators.measured");
            measuredOn = null;
            value = null;
            note = null;
        } catch (InvalidInput e) {
            messages.refused(e, "addMeasurement");
        } catch (StateConflict e) {
            messages.conflict(e, indicator, Messages.rereadFrom(() -> indicatorService.indicators(evaluationId),
                    IndicatorView::id, indicator.id()));
        }
        refresh();
    }

    public void withdraw(IndicatorView indicator, MeasurementView measurement) {
        try {
            indicatorService.withdraw(indicator.id(), indicator.version(), measurement.id());
            messages.info("evaluation.indicators.withdrawn");
        } catch (StateConflict e) {
            messages.conflict(e, indicator, Messages.rereadFrom(() -> indicatorService.indicators(evaluationId),
                    IndicatorView::id, indicator.id()));
        }
        refresh();
    }

    /** The chart's texts in the reader's language: what it draws, where the indicator stands. */
    private IndicatorChart.Labels labels(IndicatorView i) {
        Locale language = locale.getLocale();
        String description;
        if (i.latest() == null) {
            description = texts.page("evaluation.indicators.chart.none", language);
        } else {
            description = texts.page("evaluation.indicators.chart.latest", language, number(i.latest()), i.unit(),
                    i.measurements().size());
            if (i.progress() != null) {
                description += " " + texts.page("evaluation.indicators.chart.progress", language, number(i.progress()));
            }
            if (i.target() != null) {
                description += " " + texts.page(i.targetReached() ? "evaluation.indicators.reached"
                        : "evaluation.indicators.notReached", language) + ".";
            }
        }
        return new IndicatorChart.Labels(texts.page("evaluation.indicators.heading", language, i.name(), i.unit()),
                description,
                i.baseline() == null ? null : texts.page("evaluation.indicators.chart.baseline", language, number(i.baseline())),
                i.target() == null ? null : texts.page("evaluation.indicators.chart.target", language, number(i.target())),
                language);
    }

    /** A number as the reader writes it, up to four decimals. */
    public String number(BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(number);
    }

    public String date(LocalDate day) {
        return messages.date(day);
    }

    public String chart(IndicatorView indicator) {
        return charts.get(indicator.id());
    }

    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public EvaluationDetail getEvaluation() { return evaluation; }
    public List<IndicatorView> getIndicators() { return indicators; }
    public IndicatorFields getFields() { return fields; }
    public String getIndicatorId() { return indicatorId; }
    public void setIndicatorId(String indicatorId) { this.indicatorId = indicatorId; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(LocalDate measuredOn) { this.measuredOn = measuredOn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
