package org.fabrique.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.fabrique.core.search.SearchQuery;

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

    /** A day, {@code YYYY-MM-DD}, from 1900 to 2200 as every date of the API. */
    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() >= 1900 && day.getYear() <= 2200) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " must be a day, YYYY-MM-DD, from 1900 to 2200.")));
    }

    /** One of the enumeration's names, exactly. */
    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " is one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ".")));
    }

    /** A free text of at most {@value SearchQuery#MAX_LENGTH} characters, as a search's. */
    public static String optionalText(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > SearchQuery.MAX_LENGTH || value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " must be a text of at most " + SearchQuery.MAX_LENGTH
                    + " characters.")));
        }
        return value.strip();
    }
}
