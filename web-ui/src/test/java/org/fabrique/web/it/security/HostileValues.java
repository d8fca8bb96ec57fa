package org.fabrique.web.it.security;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The hostile values of the bad-input corpus, by the Java type of the field they are sent in, and the hostile bodies
 * sent to every endpoint. Each says what the API must answer: a 400 naming the field, a 400 or 415 about the whole
 * body, or any 4xx (a value that is not wrong in itself, such as markup or SQL in a text, sent where the request
 * cannot succeed anyway); never a 5xx.
 */
final class HostileValues {

    enum Expect {
        /** 400, and the problem's errors name the field. */
        FIELD,
        /** 400 or 415 about the body as a whole. */
        BODY,
        /** Any 4xx: the value is not wrong in itself. */
        ANY_4XX
    }

    /** A value: its label in failure messages, the bytes of the JSON value (invalid UTF-8 included), the answer due. */
    record Hostile(String label, byte[] json, Expect expect) {
    }

    /** A whole request body: its label, its content type, its bytes, the answer due. */
    record HostileBody(String label, String contentType, byte[] bytes, Expect expect) {
    }

    static final int OVERSIZED_TEXT = 200_000;
    static final int LONG_LIST = 10_000;

    private HostileValues() {
    }

    /** At least 20 values for a field of this type (a record's component type). */
    static List<Hostile> forType(Type type) {
        Class<?> raw = raw(type);
        List<Hostile> values = new ArrayList<>();
        if (raw == String.class) {
            text(values);
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            whole(values);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            decimal(values);
        } else if (raw == Boolean.class || raw == boolean.class) {
            bool(values);
        } else if (raw.isEnum()) {
            enumeration(values, raw);
        } else if (raw == LocalDate.class) {
            date(values);
        } else if (Collection.class.isAssignableFrom(raw)) {
            collection(values, type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class);
        } else if (raw.isRecord()) {
            wrongTypes(values, "an object", "{}");
            values.add(any("an empty object", "{}"));
        } else {
            throw new IllegalStateException("no hostile values for a field of type " + type.getTypeName());
        }
        values.add(any("null", "null"));
        return values;
    }

    private static void text(List<Hostile> values) {
        values.add(field("NUL", json("a\\u0000b")));
        values.add(field("ESC and an ANSI colour", json("\\u001b[31mrouge")));
        values.add(field("BEL", json("a\\u0007b")));
        values.add(field("DEL", json("a\\u007fb")));
        values.add(field("C1 CSI", json("a\\u009bb")));
        values.add(field("a lone high surrogate", json("a\\ud800b")));
        values.add(field("a lone low surrogate", json("a\\udc00b")));
        values.add(field("the non-character U+FFFF", json("a\\uffffb")));
        values.add(field("the non-character U+FDD0", json("a\\ufdd0b")));
        values.add(field("the non-character U+1FFFF", json("a\\ud83f\\udfffb")));
        values.add(field(OVERSIZED_TEXT + " characters", json("x".repeat(OVERSIZED_TEXT))));
        values.add(new Hostile("invalid UTF-8 (C3 28)", raw("\"a", 0xC3, 0x28, "b\""), Expect.BODY));
        values.add(new Hostile("overlong UTF-8 for '/' (C0 AF)", raw("\"a", 0xC0, 0xAF, "b\""), Expect.BODY));
        values.add(new Hostile("a surrogate encoded in UTF-8 (ED A0 80)", raw("\"a", 0xED, 0xA0, 0x80, "b\""), Expect.BODY));
        values.add(new Hostile("truncated UTF-8 (E2 82)", raw("\"a", 0xE2, 0x82, "\""), Expect.BODY));
        wrongTypes(values, "text", "12", "true", "{}", "[\"a\"]", "1e400");
        values.add(any("a line break", json("une\\nligne")));
        values.add(any("a script element", json("<script>alert(1)</script>")));
        values.add(any("an img with onerror", json("\\\"><img src=x onerror=alert(1)>")));
        values.add(any("an SQL quote", json("' OR '1'='1")));
        values.add(any("an SQL statement", json("'; DROP TABLE account; --")));
        values.add(any("a Faces EL expression", json("#{facesContext.externalContext.sessionMap}")));
        values.add(any("an EL expression", json("${7*7}")));
        values.add(any("a path traversal", json("../../../../etc/passwd")));
        values.add(any("a spreadsheet formula", json("=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")")));
        values.add(any("an empty text", json("")));
        values.add(any("spaces only", json("   ")));
        values.add(any("an encoded NUL and CRLF", json("%00%0d%0a")));
        values.add(any("a right-to-left override", json("\\u202egnp.exe")));
        values.add(any("astral characters", json("\\ud835\\udd4f \\ud83c\\udfdb")));
    }

    private static void whole(List<Hostile> values) {
        wrongTypes(values, "a whole number", "\"12\"", "true", "[]", "{}", "\"\"", "\"NaN\"", "\"Infinity\"");
        values.add(field("a fraction", "1.5"));
        values.add(field("a tiny fraction", "1e-400"));
        values.add(field("1e400", "1e400"));
        values.add(field("-1e400", "-1e400"));
        values.add(field("2^63", "9223372036854775808"));
        values.add(field("-2^63 - 1", "-9223372036854775809"));
        values.add(field("1e20", "1e20"));
        values.add(field("a number of 400 digits", "9".repeat(400)));
        values.add(any("-1", "-1"));
        values.add(any("0", "0"));
        values.add(any("2^31 - 1", "2147483647"));
        values.add(any("-2^31", "-2147483648"));
        values.add(any("an id no record has", "999999999"));
    }

    private static void decimal(List<Hostile> values) {
        wrongTypes(values, "a number", "\"12\"", "true", "[]", "{}", "\"\"", "\"NaN\"", "\"Infinity\"", "[1]");
        values.add(any("1e400", "1e400"));
        values.add(any("-1e400", "-1e400"));
        values.add(any("1e-400", "1e-400"));
        values.add(any("a number of 400 digits", "9".repeat(400)));
        values.add(any("30 decimals", "0." + "3".repeat(30)));
        values.add(any("-1", "-1"));
        values.add(any("0", "0"));
        values.add(any("-0.0", "-0.0"));
        values.add(any("1e20", "1e20"));
        values.add(any("2^63", "9223372036854775808"));
        values.add(any("0.1", "0.1"));
    }

    private static void bool(List<Hostile> values) {
        wrongTypes(values, "true or false", "\"true\"", "\"false\"", "\"TRUE\"", "\"1\"", "\"yes\"", "\"\"", "\"null\"",
                "1", "0", "-1", "1.0", "1e400", "[]", "[true]", "{}", "{\"a\":true}");
        values.add(any("true", "true"));
        values.add(any("false", "false"));
    }

    private static void enumeration(List<Hostile> values, Class<?> type) {
        String first = ((Enum<?>) type.getEnumConstants()[0]).name();
        String second = ((Enum<?>) type.getEnumConstants()[type.getEnumConstants().length - 1]).name();
        for (String text : List.of("NOT_A_VALUE", first.toLowerCase(), " " + first, first + " ", "", first + "," + second,
                "<script>alert(1)</script>", "0", "null")) {
            values.add(field("the name " + text, json(text)));
        }
        values.add(field("a NUL after the name", json(first + "\\u0000")));
        values.add(field("a lone surrogate", json("\\ud800")));
        values.add(field("a fullwidth name", json(fullwidth(first))));
        wrongTypes(values, "a name", "0", "1", "-1", "true", "1e400", "[]", "[\"" + first + "\"]", "{}");
    }

    private static void date(List<Hostile> values) {
        for (String text : List.of("0000-01-01", "1899-12-31", "2201-01-01", "-2026-01-01", "+10000-01-01", "2026-02-30",
                "2026-13-01", "2026-00-10", "31/12/2026", "2026-1-1", "2026/01/01", "20260101", "", "2026-01-01T00:00:00Z",
                "demain", "2026-01-01 ")) {
            values.add(field("the date " + text, json(text)));
        }
        values.add(field("a NUL after the date", json("2026-01-01\\u0000")));
        wrongTypes(values, "a date", "20260101", "true", "[]", "{}", "[\"2026-01-01\"]");
        values.add(any("1900-01-01", json("1900-01-01")));
        values.add(any("2200-12-31", json("2200-12-31")));
    }

    private static void collection(List<Hostile> values, Type element) {
        Class<?> raw = raw(element);
        wrongTypes(values, "a list", "\"[]\"", "\"a,b\"", "1", "true", "{}", "1e400", "\"\"");
        values.add(field("a null element", "[null]"));
        values.add(field("a list in the list", "[[]]"));
        if (raw == String.class) {
            values.add(field("a number in the list", "[1]"));
            values.add(field("true in the list", "[true]"));
            values.add(field("an object in the list", "[{}]"));
            values.add(field("NUL in an element", "[" + json("a\\u0000") + "]"));
            values.add(field("a lone surrogate in an element", "[" + json("\\udc00") + "]"));
            values.add(new Hostile("invalid UTF-8 in an element", raw("[\"a", 0xC3, 0x28, "\"]"), Expect.BODY));
            values.add(any("an oversized element", "[" + json("x".repeat(OVERSIZED_TEXT)) + "]"));
            values.add(any(LONG_LIST + " elements", repeated("\"t\"", LONG_LIST, true)));
            values.add(any("markup in an element", "[" + json("<b>gras</b>") + "]"));
            values.add(any("an empty element", "[\"\"]"));
        } else if (raw == Long.class || raw == Integer.class) {
            values.add(field("text in the list", "[\"a\"]"));
            values.add(field("a number as text in the list", "[\"1\"]"));
            values.add(field("a fraction in the list", "[1.5]"));
            values.add(field("1e400 in the list", "[1e400]"));
            values.add(field("an object in the list", "[{}]"));
            values.add(any("ids no record has", "[999999999,999999998]"));
            values.add(any("a negative id", "[-1]"));
            values.add(any(LONG_LIST + " distinct ids", repeated("", LONG_LIST, false)));
        } else if (raw.isEnum()) {
            values.add(field("an unknown name in the list", "[\"NOT_A_VALUE\"]"));
            values.add(field("a number in the list", "[1]"));
            values.add(field("an object in the list", "[{}]"));
            values.add(any("one name " + LONG_LIST + " times",
                    repeated("\"" + ((Enum<?>) raw.getEnumConstants()[0]).name() + "\"", LONG_LIST, true)));
        } else if (raw.isRecord()) {
            values.add(field("a number in the list", "[1]"));
            values.add(field("text in the list", "[\"a\"]"));
            values.add(any("an empty object in the list", "[{}]"));
            values.add(any(LONG_LIST + " empty objects", repeated("{}", LONG_LIST, true)));
        } else {
            throw new IllegalStateException("no hostile values for a list of " + element.getTypeName());
        }
        values.add(any("an empty list", "[]"));
    }

    /** The hostile bodies of a JSON endpoint: malformed, of another shape or type, nested, oversized. */
    static List<HostileBody> bodies() {
        String json = "application/json";
        List<HostileBody> bodies = new ArrayList<>();
        for (String text : List.of("{", "{\"version\":}", "{'version':-1}", "{\"version\":-1,}", "{version:-1}", "[]",
                "\"text\"", "42", "true", "null", "{} {}", "{\"version\":-1}{\"version\":-1}",
                "{\"version\":-1,\"version\":-1}", "{\"version\":-1 /* comment */}", "{\"version\":NaN}")) {
            bodies.add(new HostileBody(text, json, text.getBytes(StandardCharsets.UTF_8), Expect.BODY));
        }
        bodies.add(new HostileBody("a byte-order mark", json, raw("", 0xEF, 0xBB, 0xBF, "{\"version\":-1}"), Expect.BODY));
        bodies.add(new HostileBody("invalid UTF-8", json, raw("{\"version\":-1,\"x\":\"", 0xFF, 0xFE, "\"}"), Expect.BODY));
        bodies.add(new HostileBody("100,000 nested lists", json, ("[".repeat(100_000) + "]".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8), Expect.BODY));
        bodies.add(new HostileBody("1,000 nested objects", json, ("{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000))
                .getBytes(StandardCharsets.UTF_8), Expect.BODY));
        bodies.add(new HostileBody("a version of 5 MB", json, ("{\"version\":\"" + "9".repeat(5_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8), Expect.BODY));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "text/html", "application/octet-stream")) {
            bodies.add(new HostileBody("a JSON body sent as " + type, type,
                    "{\"version\":-1}".getBytes(StandardCharsets.UTF_8), Expect.BODY));
        }
        bodies.add(new HostileBody("an empty object", json, "{}".getBytes(StandardCharsets.UTF_8), Expect.ANY_4XX));
        bodies.add(new HostileBody("unknown members only", json, "{\"zzUnknown\":1,\"id\":1,\"status\":\"OK\"}"
                .getBytes(StandardCharsets.UTF_8), Expect.ANY_4XX));
        return bodies;
    }

    /** Hostile uploads: what is not a PDF, whatever it says it is. */
    static List<HostileBody> uploads() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        return List.of(
                new HostileBody("markup said to be a PDF", "application/pdf", script, Expect.ANY_4XX),
                new HostileBody("an empty PDF", "application/pdf", new byte[0], Expect.ANY_4XX),
                new HostileBody("an HTML page", "text/html", script, Expect.ANY_4XX),
                new HostileBody("an SVG with a script", "image/svg+xml",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                .getBytes(StandardCharsets.UTF_8), Expect.ANY_4XX),
                new HostileBody("a Windows program", "application/x-msdownload", raw("MZ", 0x90, 0x00, ""), Expect.ANY_4XX),
                new HostileBody("a plain-text form", "text/plain", script, Expect.BODY),
                new HostileBody("a URL-encoded form", "application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.UTF_8),
                        Expect.BODY),
                new HostileBody("a multipart form", "multipart/form-data; boundary=x", "--x--".getBytes(StandardCharsets.UTF_8),
                        Expect.BODY));
    }

    private static void wrongTypes(List<Hostile> values, String expected, String... jsons) {
        for (String value : jsons) {
            values.add(field(value.length() > 30 ? value.substring(0, 30) + "…" : value + " (not " + expected + ")", value));
        }
    }

    private static Hostile field(String label, String json) {
        return new Hostile(label, json.getBytes(StandardCharsets.UTF_8), Expect.FIELD);
    }

    private static Hostile any(String label, String json) {
        return new Hostile(label, json.getBytes(StandardCharsets.UTF_8), Expect.ANY_4XX);
    }

    /** A JSON string whose content is already escaped for JSON. */
    private static String json(String escaped) {
        return "\"" + escaped + "\"";
    }

    private static String fullwidth(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c - 'A' + '\uFF21') : c);
        }
        return out.toString();
    }

    /** A JSON list of n elements: the same one, or the numbers 1…n. */
    private static String repeated(String element, int n, boolean same) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append(same ? element : String.valueOf(1_000_000_000L + i));
        }
        return out.append(']').toString();
    }

    /** Text and raw bytes, in order: strings are written as UTF-8, byte arrays as they are, integers as one byte each. */
    static byte[] raw(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof byte[] bytes) {
                out.writeBytes(bytes);
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("not a class: " + type.getTypeName());
    }

    static String describe(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
