package org.fabrique.web.api;

import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.domain.PageRequest;

/** Reads {@code ?page=} (0-based, default 0) and {@code ?size=} (1 to 500, default 50). */
public final class Paging {

    private Paging() {
    }

    /** @throws InvalidQuery naming each bad parameter */
    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE, errors);
        int s = parse("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQuery(errors);
        }
        return new PageRequest(p, s);
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + "."));
        return fallback;
    }
}
