package org.fabrique.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.Audited;

/**
 * An indicator an evaluation follows (number of people reached, share of…): its unit, baseline, target
 * and source, and its measurements over time, at most one per date. {@link IndicatorSeries} reads them.
 */
@Entity
@Table(name = "evaluation_indicator")
public class Indicator {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int UNIT_MAX_LENGTH = 40;
    public static final int SOURCE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited
    @Column(nullable = false)
    private long evaluationId;

    @Audited
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Audited
    @Column(nullable = false, length = UNIT_MAX_LENGTH)
    private String unit;

    @Audited
    @Column(precision = 19, scale = 4)
    private BigDecimal baseline;

    @Audited
    @Column(precision = 19, scale = 4)
    private BigDecimal target;

    @Audited
    @Column(length = SOURCE_MAX_LENGTH)
    private String source;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("measuredOn")
    private List<Measurement> measurements = new ArrayList<>();

    protected Indicator() {
        // for JPA
    }

    /** @param baseline where the value starts, if known; {@code target} where it should go, if set */
    public Indicator(long evaluationId, String name, String unit, BigDecimal baseline, BigDecimal target, String source) {
        this.evaluationId = evaluationId;
        describe(name, unit, baseline, target, source);
    }

    public void describe(String newName, String newUnit, BigDecimal newBaseline, BigDecimal newTarget, String newSource) {
        this.name = Invariants.requiredText(newName, "name", NAME_MAX_LENGTH);
        this.unit = Invariants.requiredText(newUnit, "unit", UNIT_MAX_LENGTH);
        this.baseline = newBaseline;
        this.target = newTarget;
        this.source = Invariants.optionalText(newSource, "source", SOURCE_MAX_LENGTH);
    }

    /**
     * Records the value measured on a date.
     *
     * @throws IllegalArgumentException when a value is already recorded on that date
     */
    public Measurement record(LocalDate measuredOn, BigDecimal value, String note) {
        if (hasMeasurementOn(measuredOn)) {
            throw new IllegalArgumentException("a value is already recorded on " + measuredOn);
        }
        Measurement measurement = new Measurement(this, measuredOn, value, note);
        measurements.add(measurement);
        return measurement;
    }

    public boolean hasMeasurementOn(LocalDate date) {
        Objects.requireNonNull(date, "date is required");
        return measurements.stream().anyMatch(m -> m.getMeasuredOn().equals(date));
    }

    /** Takes a measurement back (a typing error). @return whether it was one of this indicator's */
    public boolean withdraw(long measurementId) {
        return measurements.removeIf(m -> m.getId() != null && m.getId() == measurementId);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getEvaluationId() { return evaluationId; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public BigDecimal getBaseline() { return baseline; }
    public BigDecimal getTarget() { return target; }
    public String getSource() { return source; }
    public List<Measurement> getMeasurements() { return Collections.unmodifiableList(measurements); }
}
