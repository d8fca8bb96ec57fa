package org.fabrique.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;

/** The value of an indicator measured on a date, with a note on how; part of its {@link Indicator}. */
@Entity
@Table(name = "evaluation_measurement")
public class Measurement {

    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Column(nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    protected Measurement() {
        // for JPA
    }

    Measurement(Indicator indicator, LocalDate measuredOn, BigDecimal value, String note) {
        this.indicator = Objects.requireNonNull(indicator, "indicator is required");
        this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn is required");
        this.value = Objects.requireNonNull(value, "value is required");
        this.note = Invariants.optionalText(note, "note", NOTE_MAX_LENGTH);
    }

    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public BigDecimal getValue() { return value; }
    public String getNote() { return note; }
}
