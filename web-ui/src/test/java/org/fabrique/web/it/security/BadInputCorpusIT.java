package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.security.HostileValues.Expect;
import org.fabrique.web.it.security.HostileValues.Hostile;
import org.fabrique.web.it.security.HostileValues.HostileBody;
import org.fabrique.web.it.security.MatrixFixtures.Caller;
import org.fabrique.web.it.security.RestEndpoints.Endpoint;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus (issue 13): every endpoint that reads a body, found by reflection like the role matrix, gets
 * at least 20 hostile values in each field of the record it reads (and of the records in its lists), generated from
 * the field's type by {@link HostileValues}, then hostile bodies (malformed, nested, oversized, of another type).
 * Each is sent by a caller the role matrix allows, so that it reaches the validation; each must be answered by a 4xx
 * problem+json, never a 5xx, and what is wrong in itself by a 400 naming the field.
 *
 * <p>Nothing may change: a request carries only its hostile field (its form's other required fields are missing), and
 * the stale version {@code -1} when its form has a version, so that even a value that is fine in itself (markup in a
 * text) cannot be stored. Where a form could succeed with that one field (a token's name alone, an issue's title), the
 * values that are fine in themselves are not sent there: the stored-XSS test writes them. After each endpoint's
 * requests, the {@link ApiDigest} (what every list and record of the API answers the pôle) must equal the one before.
 */
class BadInputCorpusIT extends DeployedFabrique {

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

    /** A field of a form: its path in the body, its type, and how a value of it becomes a whole body. */
    record Field(String path, Type type, UnaryOperator<String> body, boolean canSucceedAlone) {
    }

    @Test
    void every_hostile_value_in_every_field_of_every_writable_endpoint_is_a_4xx_problem_and_changes_nothing() {
        List<String> tableProblems = new ArrayList<>();
        Map<String, List<String>> table = RoleMatrixTable.readTable(tableProblems);
        assertThat(tableProblems).as(RoleMatrixTable.TABLE).isEmpty();
        List<Endpoint> writable = RestEndpoints.discover().stream().filter(Endpoint::readsBody).toList();
        MatrixFixtures fixtures = new MatrixFixtures(api());
        List<String> problems = new ArrayList<>();
        int requests = 0;
        int fields = 0;
        int skipped = 0;
        ApiDigest digest = null;
        try {
            fixtures.prepare();
            digest = new ApiDigest(fixtures);
            Map<String, String> before = digest.take();
            assertThat(digest.take()).as("two digests in a row, with nothing sent between them").isEqualTo(before);
            for (Endpoint endpoint : writable) {
                Caller caller = allowed(fixtures, table.get(endpoint.key()), endpoint);
                String path = fixtures.path(endpoint, caller);
                Class<?> form = HostileValues.raw(endpoint.body());
                if (form == InputStream.class || form == byte[].class) {
                    for (HostileBody upload : HostileValues.uploads()) {
                        requests++;
                        check(problems, endpoint, "the body", upload.label(), upload.expect(),
                                fixtures.send(caller, endpoint.method(), path, upload.contentType(), upload.bytes()));
                    }
                } else {
                    for (Field field : fields(form, endpoint.method())) {
                        fields++;
                        for (Hostile value : HostileValues.forType(field.type())) {
                            if (value.expect() == Expect.ANY_4XX && field.canSucceedAlone()) {
                                skipped++;
                                continue;
                            }
                            requests++;
                            check(problems, endpoint, field.path(), value.label(), value.expect(), fixtures.send(caller,
                                    endpoint.method(), path, "application/json", body(field, value.json())));
                        }
                    }
                    boolean emptyFails = Arrays.stream(form.getRecordComponents()).anyMatch(BadInputCorpusIT::required)
                            || "PUT".equals(endpoint.method()) && hasVersion(form);
                    for (HostileBody body : HostileValues.bodies()) {
                        if (body.expect() == Expect.ANY_4XX && !emptyFails) {
                            skipped++;
                            continue;
                        }
                        requests++;
                        check(problems, endpoint, "the body", body.label(), body.expect(),
                                fixtures.send(caller, endpoint.method(), path, body.contentType(), body.bytes()));
                    }
                }
                Map<String, String> after = digest.take();
                if (!after.equals(before)) {
                    problems.add(endpoint.key() + ": the data changed; these reads answer otherwise: "
                            + ApiDigest.changed(before, after));
                    before.clear();
                    before.putAll(after);
                }
            }
        } finally {
            fixtures.cleanUp();
        }
        System.out.printf("Bad-input corpus: %d endpoints, %d fields, %d hostile requests (%d values fine in themselves "
                + "not sent where the form could succeed), %d reads digested after each endpoint%n", writable.size(), fields,
                requests, skipped, digest == null ? 0 : digest.reads());
        assertThat(writable).as("the endpoints that read a body").hasSizeGreaterThan(50);
        assertThat(problems).withFailMessage("%d of %d hostile requests were not answered as they should:%n%s",
                problems.size(), requests, String.join(System.lineSeparator(), problems)).isEmpty();
    }

    /** The caller the table allows first, the pôle first of all: the request then reaches the validation. */
    private static Caller allowed(MatrixFixtures fixtures, List<String> cells, Endpoint endpoint) {
        assertThat(cells).as("the role matrix's line for " + endpoint.key()).isNotNull();
        for (int column = 1; column < cells.size(); column++) {
            if ("ok".equals(cells.get(column))) {
                return fixtures.callers.get(column);
            }
        }
        throw new AssertionError(endpoint.key() + ": the role matrix allows it to no account");
    }

    private static void check(List<String> problems, Endpoint endpoint, String field, String label, Expect expect,
            HttpResponse<byte[]> answer) {
        String wrong = verdict(field, expect, answer);
        if (wrong != null) {
            problems.add(String.format("%s, %s = %s: %s", endpoint.key(), field, label, wrong));
        }
    }

    /** What is wrong with the answer, or null. */
    static String verdict(String field, Expect expect, HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String shown = " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        if (status < 400 || status >= 500) {
            return "answered " + status + shown;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "answered " + status + " without problem+json" + shown;
        }
        return switch (expect) {
            case FIELD -> status == 400 && names(body, field) ? null : "expected a 400 naming " + field + ", got " + status + shown;
            case BODY -> status == 400 || status == 413 || status == 415 ? null : "expected a 400 or 415, got " + status + shown;
            case ANY_4XX -> null;
        };
    }

    /** Whether the problem's errors name the field: by its path, or by its last name as Bean Validation does. */
    private static boolean names(String body, String field) {
        JsonObject problem = JsonBodies.object(body);
        if (!problem.containsKey("errors") || problem.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        JsonArray errors = problem.getJsonArray("errors");
        return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field", ""))
                .anyMatch(name -> name.equals(field) || name.equals(leaf) || name.startsWith(field + "["));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The fields of a form

    /** The form's components, and those of the records its lists hold, each with how it becomes a body. */
    static List<Field> fields(Class<?> form, String method) {
        String version = hasVersion(form) ? ",\"version\":-1" : "";
        // a PUT checks the version it is sent; a POST that creates a record may take a form that has one and ignore it
        boolean checksVersion = "PUT".equals(method);
        List<Field> found = new ArrayList<>();
        for (RecordComponent component : form.getRecordComponents()) {
            String name = component.getName();
            String stale = "version".equals(name) ? "" : version;
            boolean alone = (stale.isEmpty() || !checksVersion) && noOtherRequired(form, name);
            found.add(new Field(name, component.getGenericType(), v -> "{\"" + name + "\":" + v + stale + "}", alone));
            Class<?> element = element(component.getGenericType());
            if (element != null && element.isRecord()) {
                for (RecordComponent inner : element.getRecordComponents()) {
                    String innerName = inner.getName();
                    boolean innerAlone = (stale.isEmpty() || !checksVersion) && noOtherRequired(element, innerName);
                    found.add(new Field(name + "[0]." + innerName, inner.getGenericType(),
                            v -> "{\"" + name + "\":[{\"" + innerName + "\":" + v + "}]" + stale + "}", innerAlone));
                }
            }
        }
        return found;
    }

    private static byte[] body(Field field, byte[] value) {
        // the value's bytes go in as they are (they may be invalid UTF-8): the body is built around a marker
        String marker = "\u0001VALUE\u0001";
        String[] around = field.body().apply(marker).split(marker, -1);
        return HostileValues.raw(around[0], value, around[1]);
    }

    static boolean hasVersion(Class<?> form) {
        return Arrays.stream(form.getRecordComponents()).anyMatch(c -> "version".equals(c.getName()));
    }

    private static boolean noOtherRequired(Class<?> form, String name) {
        return Arrays.stream(form.getRecordComponents()).filter(c -> !c.getName().equals(name))
                .noneMatch(BadInputCorpusIT::required);
    }

    /** Whether a component carries @NotNull, @NotBlank or @NotEmpty (on the component, its field or its accessor). */
    private static boolean required(RecordComponent component) {
        Stream<Annotation> annotations = Stream.of(component.getAnnotations(), component.getAccessor().getAnnotations())
                .flatMap(Arrays::stream);
        try {
            annotations = Stream.concat(annotations, Arrays.stream(component.getDeclaringRecord()
                    .getDeclaredField(component.getName()).getAnnotations()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        return annotations.anyMatch(a -> REQUIRED.contains(a.annotationType().getSimpleName()));
    }

    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e;
        }
        return null;
    }
}
