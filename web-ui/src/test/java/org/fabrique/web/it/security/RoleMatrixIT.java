package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the REST API, deny by default (issue 13): every endpoint the JAX-RS resources of
 * {@code org.fabrique.web.api} declare, found by reflection, is called as each of eight callers (anonymous, the
 * pôle, a directorate owning the record and another one, an elected official who is a member and one who is not,
 * a participant who is a member and one who is not), and each answer must be the one {@value #TABLE} gives. An
 * endpoint without a line in the table, or a line without an endpoint, fails; every answer that differs is listed
 * at once. The table's header says what the cells mean, which records the calls name and why none of them changes
 * the demo data.
 */
class RoleMatrixIT extends DeployedFabrique {

    static final String TABLE = "/security/role-matrix.csv";
    static final String API_PACKAGE = "org.fabrique.web.api";
    /** The callers, in the order of the table's columns. */
    static final List<String> CALLERS = List.of("anonymous", "POLE", "DIRECTORATE_OWN", "DIRECTORATE_OTHER",
            "ELECTED_MEMBER", "ELECTED_OTHER", "PARTICIPANT_MEMBER", "PARTICIPANT_OTHER");
    static final Set<String> CELLS = Set.of("ok", "401", "403", "404");

    private static final String JSON = "application/json";
    /** What a POST or PUT sends unless said otherwise: a version no record has, so that nothing is written. */
    private static final String STALE = "{\"version\":-1}";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** The JAX-RS annotations of a parameter that is not the request's body. */
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.<Class<? extends Annotation>>of(
            PathParam.class, QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class,
            BeanParam.class, Context.class);

    /** An endpoint: its HTTP method, its path template, whether it reads a body, what it answers. */
    record Endpoint(String method, String template, boolean readsBody, String accepts) {

        String key() {
            return method + " " + template;
        }

        /** Reads first, then writes, then deletions, so that a record is gone only once everything else used it. */
        int phase() {
            return switch (method) {
                case "GET", "HEAD", "OPTIONS" -> 0;
                case "DELETE" -> 2;
                default -> 1;
            };
        }
    }

    /** One of the callers: its column, its account (none for anonymous) and the personal token it calls with. */
    record Caller(String column, String username, String token, long tokenId) {

        boolean anonymous() {
            return username == null;
        }
    }

    @Test
    void the_table_has_a_line_for_every_endpoint_and_none_for_an_endpoint_that_does_not_exist() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> table = readTable(problems);
        Set<String> endpoints = new TreeSet<>(discover().stream().map(Endpoint::key).toList());

        assertThat(endpoints).as("the endpoints of the resources under " + API_PACKAGE).isNotEmpty();
        endpoints.stream().filter(key -> !table.containsKey(key))
                .forEach(key -> problems.add("no line in " + TABLE + " for " + key));
        table.keySet().stream().filter(key -> !endpoints.contains(key))
                .forEach(key -> problems.add(TABLE + " names " + key + ", which no resource declares"));
        assertThat(problems).withFailMessage("%d problems with the role matrix (%d endpoints, %d lines):%n%s",
                problems.size(), endpoints.size(), table.size(), String.join(System.lineSeparator(), problems)).isEmpty();
    }

    @Test
    void every_caller_gets_the_answer_the_table_gives_on_every_endpoint() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> table = readTable(problems);
        assertThat(problems).withFailMessage("%s is not readable:%n%s", TABLE,
                String.join(System.lineSeparator(), problems)).isEmpty();
        List<Endpoint> endpoints = discover().stream()
                .sorted(Comparator.comparingInt(Endpoint::phase).thenComparing(Endpoint::key)).toList();
        Run run = new Run(api());
        try {
            run.prepare();
            List<String> differences = new ArrayList<>();
            int checks = 0;
            for (Endpoint endpoint : endpoints) {
                List<String> cells = table.get(endpoint.key());
                if (cells == null) {
                    differences.add(endpoint.key() + ": no line in " + TABLE);
                    continue;
                }
                for (int column : okLast(cells)) {
                    Caller caller = run.callers.get(column);
                    String path;
                    try {
                        path = run.path(endpoint, caller);
                    } catch (NoFixture e) {
                        differences.add(endpoint.key() + ": the test has no record for " + e.getMessage());
                        break;
                    }
                    HttpResponse<byte[]> answer;
                    try {
                        answer = run.call(endpoint, caller, path);
                    } catch (UncheckedIOException e) {
                        differences.add(String.format("%s as %s: no answer (%s) (%s %s)", endpoint.key(), caller.column(),
                                e.getCause(), endpoint.method(), path));
                        continue;
                    }
                    checks++;
                    String expected = run.expected(endpoint, caller, cells.get(column));
                    String got = outcome(answer.statusCode());
                    if (!expected.equals(got)) {
                        differences.add(String.format("%s as %s%s: expected %s, got %d%s (%s %s)", endpoint.key(),
                                caller.column(), caller.anonymous() ? "" : " (" + caller.username() + ")", expected,
                                answer.statusCode(), detail(answer), endpoint.method(), path));
                    }
                }
            }
            assertThat(differences).withFailMessage("%d of %d answers (%d endpoints × %d callers) differ from %s:%n%s",
                    differences.size(), checks, endpoints.size(), CALLERS.size(), TABLE,
                    String.join(System.lineSeparator(), differences)).isEmpty();
        } finally {
            run.cleanUp();
        }
    }

    /** "ok" when the caller got past access control (2xx, or 400, 409, 415: it was allowed to try), else the status. */
    static String outcome(int status) {
        return status / 100 == 2 || status == 400 || status == 409 || status == 415 ? "ok" : String.valueOf(status);
    }

    /** The columns, those expected to be refused first: an allowed DELETE comes last, once the refusals are checked. */
    static List<Integer> okLast(List<String> cells) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!"ok".equals(cells.get(i))) {
                order.add(i);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if ("ok".equals(cells.get(i))) {
                order.add(i);
            }
        }
        return order;
    }

    /** The problem's detail of a refusal, to tell why; nothing for a success. */
    static String detail(HttpResponse<byte[]> answer) {
        if (answer.statusCode() < 400) {
            return "";
        }
        try {
            JsonObject problem = JsonBodies.object(new String(answer.body(), StandardCharsets.UTF_8));
            if (!problem.containsKey("detail") || problem.isNull("detail")) {
                return "";
            }
            String text = problem.getString("detail");
            return ", \"" + (text.length() > 140 ? text.substring(0, 140) + "…" : text) + "\"";
        } catch (RuntimeException notAProblem) {
            return "";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The table

    /** Each endpoint's expected cells, in the order of {@link #CALLERS}; what is wrong with the file goes to problems. */
    static Map<String, List<String>> readTable(List<String> problems) {
        InputStream in = RoleMatrixIT.class.getResourceAsStream(TABLE);
        if (in == null) {
            problems.add("no " + TABLE + " on the test classpath");
            return Map.of();
        }
        List<String> header = new ArrayList<>();
        header.add("endpoint");
        header.addAll(CALLERS);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerRead = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
                if (!headerRead) {
                    headerRead = true;
                    if (!fields.equals(header)) {
                        problems.add(TABLE + ":" + number + ": the header must be " + String.join(",", header));
                    }
                    continue;
                }
                if (fields.size() != header.size()) {
                    problems.add(TABLE + ":" + number + ": " + fields.size() + " fields instead of " + header.size());
                    continue;
                }
                List<String> cells = fields.subList(1, fields.size());
                for (int i = 0; i < cells.size(); i++) {
                    if (!CELLS.contains(cells.get(i))) {
                        problems.add(TABLE + ":" + number + ": " + CALLERS.get(i) + " is '" + cells.get(i)
                                + "', not one of " + new TreeSet<>(CELLS));
                    }
                }
                if (rows.put(fields.get(0), cells) != null) {
                    problems.add(TABLE + ":" + number + ": " + fields.get(0) + " has a line already");
                }
            }
            if (!headerRead) {
                problems.add(TABLE + " has no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The endpoints, by reflection

    /** Every resource method of the concrete {@code @Path} classes under {@link #API_PACKAGE}, inherited ones included. */
    static List<Endpoint> discover() {
        List<Class<?>> classes = classesUnder(API_PACKAGE);
        String root = classes.stream().filter(Application.class::isAssignableFrom)
                .map(type -> type.getAnnotation(ApplicationPath.class)).filter(Objects::nonNull)
                .map(ApplicationPath::value).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ApplicationPath class under " + API_PACKAGE));
        Map<String, Endpoint> found = new TreeMap<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Method annotated = resourceMethod(method);
                if (annotated == null) {
                    continue;
                }
                String verb = httpMethod(annotated);
                if (verb == null) {
                    throw new IllegalStateException(type.getName() + "." + method.getName()
                            + " is a sub-resource locator: the role matrix cannot tell what it serves");
                }
                Path methodPath = annotated.getAnnotation(Path.class);
                Endpoint endpoint = new Endpoint(verb, template(root, classPath.value(),
                        methodPath == null ? "" : methodPath.value()), readsBody(annotated), accepts(annotated, type));
                found.putIfAbsent(endpoint.key(), endpoint);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The method carrying the JAX-RS annotations of this public method: itself, or as JAX-RS inherits them, the
     * method it overrides or implements when it carries none.
     */
    static Method resourceMethod(Method method) {
        for (Class<?> type = method.getDeclaringClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            Method declared = declared(type, method);
            if (declared != null && isJaxRs(declared)) {
                return declared;
            }
            for (Class<?> contract : type.getInterfaces()) {
                Method inInterface = declared(contract, method);
                if (inInterface != null && isJaxRs(inInterface)) {
                    return inInterface;
                }
            }
        }
        return null;
    }

    private static Method declared(Class<?> type, Method method) {
        try {
            return type.getDeclaredMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean isJaxRs(Method method) {
        return method.isAnnotationPresent(Path.class) || httpMethod(method) != null;
    }

    /** GET, POST…: the value of the annotation that carries {@code @HttpMethod}, if any. */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Whether one of the parameters is the request's body (it has no JAX-RS parameter annotation). */
    static boolean readsBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            if (Arrays.stream(annotations).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                return true;
            }
        }
        return false;
    }

    /** The Accept header the call sends: JSON, or the one type the method produces (a PDF), or anything (downloads). */
    static String accepts(Method method, Class<?> type) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : type.getAnnotation(Produces.class);
        if (produces == null) {
            return "*/*";
        }
        List<String> types = Arrays.asList(produces.value());
        if (types.stream().anyMatch(t -> t.contains("json"))) {
            return JSON;
        }
        return types.size() == 1 && !types.get(0).contains("*") ? types.get(0) : "*/*";
    }

    /** The parts joined with single slashes, each path parameter written {name}, without its regular expression. */
    static String template(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : withoutExpressions(part).split("/")) {
                if (!segment.isBlank()) {
                    path.append('/').append(segment.strip());
                }
            }
        }
        return path.toString();
    }

    /** {@code {format: csv|xlsx}} becomes {@code {format}}; braces inside the expression are counted. */
    static String withoutExpressions(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int colon = -1;
            int j = i + 1;
            while (j < path.length() && depth > 0) {
                char d = path.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == ':' && depth == 1 && colon < 0) {
                    colon = j;
                }
                j++;
            }
            int end = colon >= 0 ? colon : j - 1;
            out.append('{').append(path.substring(i + 1, Math.max(i + 1, end)).strip()).append('}');
            i = j;
        }
        return out.toString();
    }

    /** The classes of a package and its sub-packages on the test classpath (web-ui's classes), nested ones aside. */
    static List<Class<?>> classesUnder(String packageName) {
        ClassLoader loader = RoleMatrixIT.class.getClassLoader();
        String folder = packageName.replace('.', '/');
        Set<String> files = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path base = Paths.get(root.toURI());
                    try (Stream<java.nio.file.Path> walk = Files.walk(base)) {
                        walk.map(file -> base.relativize(file).toString().replace(File.separatorChar, '/'))
                                .filter(name -> name.endsWith(".class"))
                                .forEach(name -> files.add(folder + "/" + name));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(JarEntry::getName)
                                .filter(name -> name.startsWith(folder + "/") && name.endsWith(".class"))
                                .forEach(files::add);
                    }
                } else {
                    throw new IllegalStateException("cannot list the classes at " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String file : files) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        return classes;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The run: callers, the records the paths name, the calls

    /** A path parameter the test has no record for. */
    static final class NoFixture extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoFixture(String variable) {
            super(variable);
        }
    }

    /** A token made for one call of {@code DELETE /api/me/tokens/{id}}, revoked at the end if the call did not. */
    record Throwaway(Caller owner, long id) {
    }

    /** The callers and their tokens, the records the paths name, and the calls themselves. */
    static final class Run {

        private final Api api;
        final List<Caller> callers = new ArrayList<>();
        /** The value of each path parameter: "{name}", or for an id "segment/{id}" after the segment it follows. */
        private final Map<String, String> values = new HashMap<>();
        /** Path parameters made afresh for each call. */
        private final Map<String, Function<Caller, String>> perCall = new HashMap<>();
        /** The query a template needs, by template. */
        private final Map<String, String> queries = new HashMap<>();
        /** The body of a POST or PUT, by endpoint key, when {@link #STALE} will not do. */
        private final Map<String, String> bodies = new HashMap<>();
        /** What this server answers instead of the table, by "endpoint key|column", and only for a reason it gives. */
        private final Map<String, String> environment = new HashMap<>();
        private final List<Throwaway> throwaways = new ArrayList<>();

        Run(Api api) {
            this.api = api;
        }

        /** The callers' tokens, then every record a path names, made through the API as the pôle. */
        void prepare() {
            JsonObject outsider = openParticipant("matrixp");
            callers.add(new Caller(CALLERS.get(0), null, null, 0));
            callers.add(caller(CALLERS.get(1), DemoAccounts.POLE, DemoAccounts.PASSWORD));
            callers.add(caller(CALLERS.get(2), DemoAccounts.DIRECTORATE, DemoAccounts.PASSWORD));
            callers.add(caller(CALLERS.get(3), DemoAccounts.DIRECTORATE_2, DemoAccounts.PASSWORD));
            callers.add(caller(CALLERS.get(4), DemoAccounts.ELECTED, DemoAccounts.PASSWORD));
            callers.add(caller(CALLERS.get(5), DemoAccounts.ELECTED_2, DemoAccounts.PASSWORD));
            callers.add(caller(CALLERS.get(6), DemoAccounts.PARTICIPANT, DemoAccounts.PASSWORD));
            callers.add(caller(CALLERS.get(7), outsider.getString("username"), TestAccounts.PASSWORD));

            LocalDate today = DialogueApi.today();
            long culture = JsonBodies.object(api.get("api/me", DemoAccounts.DIRECTORATE).body())
                    .getJsonNumber("directorateId").longValue();
            core(outsider);
            DialogueApi dialogue = new DialogueApi(api);
            dialogue(dialogue, culture, today);
            evaluation(dialogue, culture, today);
            prospective(culture, today);
            bodies(today);
        }

        /** Accounts, reference data, backups, tokens. */
        private void core(JsonObject outsider) {
            values.put("accounts/{id}", String.valueOf(id(outsider)));
            values.put("directorates/{id}", firstId("api/directorates?size=1"));
            values.put("policies/{id}", firstId("api/policies?size=1"));
            values.put("neighbourhoods/{id}", firstId("api/neighbourhoods?size=1"));
            String backup = newestBackup();
            if (backup == null) {
                // on PostgreSQL Fabrique takes no backup (pg_dump does): the pôle finds none by that name
                environment.put("GET /api/admin/backups/{file}|POLE", "404");
            }
            values.put("{file}", segment(backup == null ? "no-backup.zip" : backup));
            perCall.put("tokens/{id}", this::throwawayToken);
            queries.put("/api/search", "?q=atelier");
            values.put("{format}", "csv");
        }

        /** A validated programme of its own year with a project of direction's, its session, a PDF and a recommendation. */
        private void dialogue(DialogueApi dialogue, long culture, LocalDate today) {
            JsonObject project = dialogue.validatedProject();
            long projectId = id(project);
            values.put("projects/{id}", String.valueOf(projectId));
            values.put("programmes/{id}", String.valueOf(project.getJsonNumber("programmeId").longValue()));
            values.put("{year}", String.valueOf(project.getInt("year")));
            long session = id(created(api.post("api/projects/" + projectId + "/sessions", DemoAccounts.POLE, JSON,
                    "{\"date\":\"" + today + "\",\"place\":\"Maison de quartier\",\"method\":\"CO_CONSTRUCTION_WORKSHOP\","
                            + "\"group\":\"RESIDENTS\",\"participants\":24}")));
            values.put("sessions/{id}", String.valueOf(session));
            HttpResponse<String> pdf = api.send(api.request("api/sessions/" + session + "/attachments?name=matrice.pdf",
                    DemoAccounts.POLE).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")).build());
            values.put("attachments/{id}", String.valueOf(id(created(pdf))));
            values.put("recommendations/{id}", String.valueOf(id(created(api.post("api/projects/" + projectId
                    + "/recommendations", DemoAccounts.POLE, JSON, "{\"text\":\"Ouvrir la médiathèque le dimanche\","
                    + "\"directorateId\":" + culture + "}")))));
            values.put("{method}", "CO_CONSTRUCTION_WORKSHOP");
        }

        /**
         * An evaluation with direction, elu and expert on its steering committee: a question, an indicator measured
         * once, an interview quoted, a recommendation owned by direction's directorate, which commissions a candidate
         * of direction's. And the demo's published report.
         */
        private void evaluation(DialogueApi dialogue, long culture, LocalDate today) {
            EvaluationApi evaluations = new EvaluationApi(api);
            long evaluation = evaluations.frame();
            evaluations.steering(evaluation, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT);
            values.put("evaluations/{id}", String.valueOf(evaluation));
            values.put("evaluation-questions/{id}", String.valueOf(evaluations.question(evaluation)));
            long indicator = evaluations.indicator(evaluation);
            values.put("indicators/{id}", String.valueOf(indicator));
            JsonObject measured = created(evaluations.measure(indicator, "2025-01-31", "42"));
            values.put("{measurementId}", String.valueOf(measured.getJsonArray("measurements").getValuesAs(JsonObject.class)
                    .stream().filter(m -> "2025-01-31".equals(m.getString("measuredOn"))).findFirst().map(Run::id)
                    .orElseThrow(() -> new IllegalStateException("no measurement of 2025-01-31 in " + measured))));
            long interview = evaluations.interview(evaluation, "DIRECTOR", "Jeanne Matrice");
            values.put("interviews/{id}", String.valueOf(interview));
            values.put("quotes/{id}", String.valueOf(evaluations.quote(interview,
                    "Les ateliers ont changé notre façon de décider.", "gouvernance")));
            long recommendation = evaluations.recommendation(evaluation);
            evaluations.assign(recommendation, culture, today.plusMonths(2).toString());
            values.put("evaluation-recommendations/{id}", String.valueOf(recommendation));

            JsonObject commission = commissionCandidate(dialogue, recommendation, culture);
            values.put("commissions/{id}", String.valueOf(id(commission)));
            String target = commission.getString("target");
            assertThat(target).as("the commissioned record").startsWith("CANDIDATE_PROJECT:");
            values.put("candidates/{id}", target.substring("CANDIDATE_PROJECT:".length()));

            JsonArray published = JsonBodies.object(api.get("api/public/evaluations?size=1", null).body()).getJsonArray("items");
            assertThat(published).as("a published evaluation report (the demo's)").isNotEmpty();
            values.put("public/evaluations/{id}", String.valueOf(id(published.getJsonObject(0))));
        }

        /**
         * A workshop of its own cycle presided by elu, direction and expert in its group (the pôle not), one more
         * member to take out, a session, an amendment of expert's (withdrawn), the document adopted and an action of
         * direction's directorate.
         */
        private void prospective(long culture, LocalDate today) {
            ProspectiveApi prospective = new ProspectiveApi(api);
            long workshop = prospective.workshopWithVersion();
            values.put("workshops/{id}", String.valueOf(workshop));
            values.put("{number}", "1");
            queries.put("/api/workshops/{id}/versions/diff", "?from=1&to=1");
            values.put("{issueId}", String.valueOf(prospective.issueVersions(workshop).keySet().iterator().next()));
            values.put("{marker}", "CITIZEN_PARTICIPATION");

            JsonObject extra = openParticipant("matrixs");
            HttpResponse<String> me = api.send(api.request("api/me", null)
                    .header("Authorization", Api.basic(extra.getString("username"), TestAccounts.PASSWORD)).GET().build());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            long extraPerson = JsonBodies.object(me.body()).getJsonNumber("personId").longValue();
            long version = JsonBodies.object(api.get("api/workshops/" + workshop, DemoAccounts.POLE).body())
                    .getJsonNumber("version").longValue();
            HttpResponse<String> seated = prospective.seat(workshop, extraPerson, "CIVIL_SOCIETY", version);
            assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
            values.put("{personId}", String.valueOf(extraPerson));

            values.put("{sessionId}", String.valueOf(id(prospective.convene(workshop, "SCENARIO", today.plusDays(14).toString()))));

            JsonObject amendment = prospective.proposed(workshop);
            values.put("{amendmentId}", String.valueOf(id(amendment)));
            HttpResponse<String> withdrawn = api.post("api/workshops/" + workshop + "/amendments/" + id(amendment)
                    + "/withdrawal", DemoAccounts.PARTICIPANT, JSON, "{\"version\":" + amendment.getJsonNumber("version") + "}");
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

            long document = JsonBodies.object(api.get("api/workshops/" + workshop + "/document", DemoAccounts.POLE).body())
                    .getJsonNumber("version").longValue();
            HttpResponse<String> adopted = api.post("api/workshops/" + workshop + "/document/adoption", DemoAccounts.POLE,
                    JSON, "{\"version\":" + document + "}");
            assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
            values.put("{actionId}", String.valueOf(id(created(api.post("api/workshops/" + workshop + "/actions",
                    DemoAccounts.POLE, JSON, action(culture, today))))));
        }

        /**
         * Complete bodies with a stale version, where the check that tells the callers apart (own directorate,
         * organiser, member) comes after the body's validation: {@link #STALE} alone would answer 400 to everyone.
         */
        private void bodies(LocalDate today) {
            bodies.put("PUT /api/candidates/{id}", "{\"title\":\"Matrice des rôles\",\"version\":-1}");
            bodies.put("PUT /api/candidates/{id}/feasibility", "{\"criteria\":[{\"criterion\":\"HIGH_STAKES\","
                    + "\"assessment\":\"FAVOURABLE\"}],\"opinion\":\"FEASIBLE\",\"version\":-1}");
            bodies.put("PUT /api/candidates/{id}/arbitration",
                    "{\"decision\":\"DEFERRED\",\"reason\":\"Matrice des rôles\",\"version\":-1}");
            bodies.put("PUT /api/recommendations/{id}/answer", "{\"position\":\"UNDER_STUDY\",\"version\":-1}");
            bodies.put("PUT /api/evaluation-recommendations/{id}/follow-up", "{\"status\":\"IN_PROGRESS\",\"version\":-1}");
            bodies.put("POST /api/workshops/{id}/amendments", "{\"chapter\":\"RECOMMENDATIONS\","
                    + "\"passage\":\"Un guichet unique en mairie\",\"proposedText\":\"Un guichet dans chaque quartier\","
                    + "\"rationale\":\"La proximité d'abord\"}");
            bodies.put("POST /api/workshops/{id}/amendments/{amendmentId}/decision", "{\"decision\":\"REJECTED\",\"version\":-1}");
            // a directorate that does not exist: 400 once the caller passed the checks of its place in the workshop
            bodies.put("POST /api/workshops/{id}/actions", action(999_999_999L, today));
            bodies.put("PUT /api/workshops/{id}/actions/{actionId}/progress",
                    "{\"status\":\"IN_PROGRESS\",\"progress\":50,\"version\":-1}");
        }

        private static String action(long directorate, LocalDate today) {
            return "{\"recommendation\":\"Un guichet unique en mairie\",\"title\":\"Ouvrir le guichet\",\"directorateId\":"
                    + directorate + ",\"pilot\":\"Mme Martin\",\"deadline\":\"" + today.plusMonths(6) + "\"}";
        }

        /** The endpoint's path for this caller, its parameters replaced by the records above. */
        String path(Endpoint endpoint, Caller caller) {
            String template = endpoint.template();
            StringBuilder path = new StringBuilder();
            String previous = "";
            for (String segment : template.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                Matcher variable = VARIABLE.matcher(segment);
                StringBuilder resolved = new StringBuilder();
                while (variable.find()) {
                    String name = variable.group(1);
                    String key = "id".equals(name)
                            ? (template.startsWith("/api/public/") ? "public/" : "") + previous + "/{id}"
                            : "{" + name + "}";
                    Function<Caller, String> fresh = perCall.get(key);
                    String value = fresh != null ? fresh.apply(caller) : values.get(key);
                    if (value == null) {
                        throw new NoFixture(key);
                    }
                    variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
                }
                variable.appendTail(resolved);
                path.append('/').append(resolved);
                previous = segment;
            }
            return path + queries.getOrDefault(template, "");
        }

        /** The call, with the caller's token, a stale or incomplete JSON body for a POST or PUT that reads one. */
        HttpResponse<byte[]> call(Endpoint endpoint, Caller caller, String path) {
            HttpRequest.Builder request = api.request(path, null).setHeader("Accept", endpoint.accepts())
                    .timeout(Duration.ofMinutes(2));
            if (!caller.anonymous()) {
                request.header("Authorization", "Bearer " + caller.token());
            }
            switch (endpoint.method()) {
                case "GET" -> request.GET();
                case "DELETE" -> request.DELETE();
                default -> {
                    if (endpoint.readsBody()) {
                        request.header("Content-Type", JSON).method(endpoint.method(), HttpRequest.BodyPublishers
                                .ofString(bodies.getOrDefault(endpoint.key(), STALE), StandardCharsets.UTF_8));
                    } else {
                        request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
                    }
                }
            }
            return send(request.build());
        }

        String expected(Endpoint endpoint, Caller caller, String cell) {
            return environment.getOrDefault(endpoint.key() + "|" + caller.column(), cell);
        }

        /** Revokes the tokens of the run and those made for a call that did not revoke them; never fails. */
        void cleanUp() {
            for (Throwaway token : throwaways) {
                quietly(() -> revoke(token.owner(), token.id()));
            }
            for (Caller caller : callers) {
                if (!caller.anonymous()) {
                    quietly(() -> revoke(caller, caller.tokenId()));
                }
            }
        }

        private void revoke(Caller owner, long id) {
            send(api.request("api/me/tokens/" + id, null).header("Authorization", "Bearer " + owner.token())
                    .DELETE().build());
        }

        private static void quietly(Runnable action) {
            try {
                action.run();
            } catch (RuntimeException ignored) {
                // the next token is still revoked
            }
        }

        /**
         * Sends; a lock of the sign-in throttle (429: other classes' wrong tokens from this address within a
         * minute) is waited out, up to three times.
         */
        private HttpResponse<byte[]> send(HttpRequest request) {
            HttpResponse<byte[]> answer = api.send(request, HttpResponse.BodyHandlers.ofByteArray());
            for (int retry = 0; answer.statusCode() == 429 && retry < 3; retry++) {
                long seconds = answer.headers().firstValue("Retry-After").map(Run::seconds).orElse(30L);
                try {
                    Thread.sleep(seconds * 1000 + 500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                answer = api.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            return answer;
        }

        private static long seconds(String retryAfter) {
            try {
                return Math.min(Long.parseLong(retryAfter.strip()), 16 * 60);
            } catch (NumberFormatException e) {
                return 30;
            }
        }

        /** A caller with a personal token of its own, made with its password. */
        private Caller caller(String column, String username, String password) {
            HttpResponse<byte[]> created = send(api.request("api/me/tokens", null)
                    .header("Authorization", Api.basic(username, password)).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Matrice des roles\"}")).build());
            String body = new String(created.body(), StandardCharsets.UTF_8);
            assertThat(created.statusCode()).as(username + ": " + body).isEqualTo(201);
            JsonObject token = JsonBodies.object(body);
            return new Caller(column, username, token.getString("token"), id(token));
        }

        /** A token of the caller's (of the pôle's for anonymous), for it to revoke. */
        private String throwawayToken(Caller caller) {
            Caller owner = caller.anonymous() ? callers.get(1) : caller;
            HttpResponse<byte[]> created = send(api.request("api/me/tokens", null)
                    .header("Authorization", "Bearer " + owner.token()).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Matrice des roles, a revoquer\"}")).build());
            String body = new String(created.body(), StandardCharsets.UTF_8);
            assertThat(created.statusCode()).as(owner.username() + ": " + body).isEqualTo(201);
            long id = id(JsonBodies.object(body));
            throwaways.add(new Throwaway(owner, id));
            return String.valueOf(id);
        }

        /** A participant account of the test's own, in no workshop and on no steering committee. */
        private JsonObject openParticipant(String prefix) {
            String username = prefix + System.nanoTime() % 1_000_000_000L;
            return created(api.post("api/accounts", DemoAccounts.POLE, JSON, "{\"username\":\"" + username + "\",\"password\":\""
                    + TestAccounts.PASSWORD + "\",\"displayName\":\"Paul Matrice\",\"email\":\"" + username
                    + "@demo.fabrique.test\",\"category\":\"EXTERNAL_EXPERT\",\"role\":\"PARTICIPANT\"}"));
        }

        /** The newest backup kept, one taken now if none is; null where Fabrique takes none (PostgreSQL). */
        private String newestBackup() {
            HttpResponse<String> list = api.get("api/admin/backups?size=1", DemoAccounts.POLE);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            JsonArray kept = JsonBodies.object(list.body()).getJsonArray("items");
            if (!kept.isEmpty()) {
                return kept.getJsonObject(0).getString("file");
            }
            HttpResponse<String> taken = api.post("api/admin/backups", DemoAccounts.POLE, JSON, "");
            if (taken.statusCode() == 409) {
                return null;
            }
            return created(taken).getString("file");
        }

        /** A candidate of direction's commissioned by the recommendation, in the next open programme. */
        private JsonObject commissionCandidate(DialogueApi dialogue, long recommendation, long culture) {
            String path = "api/evaluation-recommendations/" + recommendation + "/commissions";
            String body = "{\"kind\":\"CANDIDATE_PROJECT\",\"title\":\"Un panel pour la matrice des rôles\","
                    + "\"directorateId\":" + culture + "}";
            HttpResponse<String> answer = api.post(path, DemoAccounts.POLE, JSON, body);
            if (answer.statusCode() == 409) {
                // no programme open this year or later: open one of the tests' own years, then commission again
                dialogue.openProgrammeAcceptingToday();
                answer = api.post(path, DemoAccounts.POLE, JSON, body);
            }
            return created(answer);
        }

        private String firstId(String path) {
            HttpResponse<String> list = api.get(path, DemoAccounts.POLE);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            JsonArray items = JsonBodies.object(list.body()).getJsonArray("items");
            assertThat(items).as(path).isNotEmpty();
            return String.valueOf(id(items.getJsonObject(0)));
        }

        private static String segment(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static JsonObject created(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return JsonBodies.object(response.body());
        }

        private static long id(JsonObject record) {
            return record.getJsonNumber("id").longValue();
        }
    }
}
