package org.fabrique.core.application;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Figures one mission measures on its own records, which another may quote without knowing that mission: an
 * evaluation's indicator reads the answer commitment's on-time rate, say. Each mission that measures some
 * implements it as a bean and names its figures; the reader finds every one with {@code Instance<>} and asks
 * by name. A figure is measured today, by the mission's own rule (never recomputed by its reader).
 */
public interface MeasuredFigures {

    /** The figure of this name for this year, if this mission measures it and has records that year. */
    Optional<BigDecimal> measure(String name, int year);
}
