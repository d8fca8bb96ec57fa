package org.fabrique.evaluation.application;

import java.math.BigDecimal;
import org.fabrique.core.application.InvalidInput;

/**
 * The field checks the evaluation services make before the domain's own invariants, so that bad input is refused
 * with its field named and a message key ({@link InvalidInput}), never with an exception of the domain.
 */
final class FieldChecks {

    static final String TOO_LONG = "evaluation.text.tooLong";
    static final String NUMBER_RANGE = "evaluation.number.range";

    /** The most digits before the decimal point, and after it, that a stored number keeps (numeric(19, 4)). */
    private static final int INTEGER_DIGITS = 15;
    private static final int DECIMALS = 4;

    private FieldChecks() {
    }

    /** A required text: not blank, at most {@code maxLength} once stripped. */
    static void required(String value, String field, String blankKey, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, blankKey);
        }
        fits(value, field, maxLength);
    }

    /** An optional text, at most {@code maxLength} once stripped. */
    static void fits(String value, String field, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            throw new InvalidInput(field, TOO_LONG);
        }
    }

    static void present(Object value, String field, String key) {
        if (value == null) {
            throw new InvalidInput(field, key);
        }
    }

    /** A number the database keeps as it is: at most 15 digits before the point and 4 after. */
    static void storable(BigDecimal value, String field) {
        if (value != null && (value.stripTrailingZeros().scale() > DECIMALS
                || value.precision() - value.scale() > INTEGER_DIGITS)) {
            throw new InvalidInput(field, NUMBER_RANGE);
        }
    }
}
