package org.fabrique.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way Fabrique shows a share as a whole percentage, wherever it shows it (pages, exports, PDF reports):
 * rounded half up, 0.625 reading 63 %. The pages' number formats would round half to even (62 %), which made the
 * same rate read differently on the dashboard and in the council report.
 */
public final class Percent {

    private Percent() {
    }

    /** The share (0.625) as a whole percentage (63), rounded half up; null for no share. */
    public static Integer of(Double share) {
        if (share == null) {
            return null;
        }
        if (share.isNaN() || share.isInfinite()) {
            throw new IllegalArgumentException("share must be a number, got " + share);
        }
        return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
