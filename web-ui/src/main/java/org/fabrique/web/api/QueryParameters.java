package org.fabrique.web.api;

import java.util.List;

/** Optional query parameters of a list: absent is null, malformed is a 400 naming the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " must be a positive whole number.")));
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " must be true or false.")));
        };
    }

    public static Integer optionalYear(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " must be a year.")));
        }
    }
}
