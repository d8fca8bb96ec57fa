package org.fabrique.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;

public record MeasurementView(long id, LocalDate measuredOn, BigDecimal value, String note) {
}
