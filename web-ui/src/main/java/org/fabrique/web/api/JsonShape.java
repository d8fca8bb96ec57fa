package org.fabrique.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fabrique.core.domain.PrintableText;

/**
 * Whether a JSON value has the shape of the Java type it is read into: the record components of a form,
 * each checked by its own type, and every text against {@link PrintableText} (line breaks allowed except in
 * one-line fields: names, titles, usernames, mail addresses). Unknown members are left to JSON-B; whether
 * a member is required and how long it may be are the forms' own constraints.
 */
final class JsonShape {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private static final Set<String> ONE_LINE = Set.of("title", "name", "displayname", "username", "email",
            "interviewer", "intervieweename", "unit", "label", "place", "originlabel", "evaluators", "source",
            "ownerlabel", "externalfirm", "organisation", "pilot");

    private JsonShape() {
    }

    static void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        Class<?> raw = raw(type);
        if (raw == null || value == null) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (path.isEmpty() && raw.isRecord()) {
                errors.add(new Problem.FieldError("body", "The body must be a JSON object."));
            } else if (raw.isPrimitive()) {
                errors.add(new Problem.FieldError(path, path + " is required."));
            }
            return;
        }
        if (raw == String.class || raw == char[].class) {
            text(value, path, errors);
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == short.class || raw == Short.class) {
            whole(value, path, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                errors.add(new Problem.FieldError(path, path + " must be a number."));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new Problem.FieldError(path, path + " must be true or false."));
            }
        } else if (raw.isEnum()) {
            enumeration(value, raw, path, errors);
        } else if (raw == LocalDate.class || raw == Instant.class || raw == LocalDateTime.class
                || raw == OffsetDateTime.class) {
            date(value, raw, path, errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.add(new Problem.FieldError(path, path + " must be a list."));
                return;
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    errors.add(new Problem.FieldError(path + "[" + i + "]", path + "[" + i + "] must not be null."));
                } else {
                    check(array.get(i), element, path + "[" + i + "]", errors);
                }
            }
        } else if (raw.isRecord()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path,
                        (path.isEmpty() ? "The body" : path) + " must be a JSON object."));
                return;
            }
            JsonObject object = value.asJsonObject();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (object.containsKey(component.getName())) {
                    String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
                    check(object.get(component.getName()), component.getGenericType(), at, errors);
                }
            }
        }
    }

    private static void text(JsonValue value, String path, List<Problem.FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new Problem.FieldError(path, path + " must be text (a JSON string)."));
            return;
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "").toLowerCase();
        boolean multiline = !ONE_LINE.contains(leaf) && !leaf.endsWith("name") && !leaf.endsWith("title");
        PrintableText.problem(((JsonString) value).getString(), multiline).ifPresent(key -> errors.add(
                new Problem.FieldError(path, "text.unicode".equals(key)
                        ? path + " contains invalid Unicode (a lone surrogate or a non-character)."
                        : path + " contains control characters" + (multiline ? " (only line breaks and tabs are allowed)." : "."))));
    }

    private static void whole(JsonValue value, String path, long min, long max, List<Problem.FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            errors.add(new Problem.FieldError(path, path + " must be a whole number."));
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        BigDecimal whole;
        try {
            whole = number.stripTrailingZeros();
        } catch (ArithmeticException e) {
            whole = number;
        }
        if (whole.scale() > 0) {
            errors.add(new Problem.FieldError(path, path + " must be a whole number, without a fraction."));
            return;
        }
        if (whole.precision() - whole.scale() > 20 || whole.toBigInteger().compareTo(BigInteger.valueOf(min)) < 0
                || whole.toBigInteger().compareTo(BigInteger.valueOf(max)) > 0) {
            errors.add(new Problem.FieldError(path, path + " is out of range."));
        }
    }

    private static void enumeration(JsonValue value, Class<?> type, String path, List<Problem.FieldError> errors) {
        Object[] constants = type.getEnumConstants();
        if (value.getValueType() != JsonValue.ValueType.STRING
                || Arrays.stream(constants).noneMatch(c -> ((Enum<?>) c).name().equals(((JsonString) value).getString()))) {
            errors.add(new Problem.FieldError(path, path + " must be one of "
                    + String.join(", ", Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList()) + "."));
        }
    }

    private static void date(JsonValue value, Class<?> type, String path, List<Problem.FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new Problem.FieldError(path, path + " must be a date as text (2026-03-31)."));
            return;
        }
        String text = ((JsonString) value).getString();
        TemporalAccessor parsed;
        try {
            parsed = type == LocalDate.class ? LocalDate.parse(text)
                    : type == LocalDateTime.class ? LocalDateTime.parse(text)
                    : type == OffsetDateTime.class ? OffsetDateTime.parse(text)
                    : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(path, path + (type == LocalDate.class
                    ? " must be a date (2026-03-31)." : " must be an instant (2026-03-31T14:00:00Z).")));
            return;
        }
        int year = parsed.get(ChronoField.YEAR);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new Problem.FieldError(path, path + " must be between " + FIRST_YEAR + " and " + LAST_YEAR + "."));
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
