import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fabrique's benchmark, run by {@code bench/benchmark.sh}: starts the provisioned server on a database of its own
 * (the demo data on a fresh embedded one, or the database in {@code FABRIQUE_DB_URL}), pinned to CPU 0, waits for
 * {@code /api/health}, signs in as each role, warms every request, then measures each with {@code wrk} pinned to
 * CPU 1 at 1 and at 8 connections: throughput, p50 and p99 latency, errors. Each is printed as a ratio to the
 * floor (the health probe) measured in the same run, with the start time and the server's resident memory after
 * the run; the table goes to stdout and to the results file.
 *
 * <p>Run with the JDK alone: {@code java bench/Benchmark.java [--seconds N] [--warm N] [--out FILE] [--label TEXT]}.
 */
public class Benchmark {

    private static final int PORT_OFFSET = 300;
    private static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    private static final String PASSWORD = "demo-fabrique";
    private static final int[] CONNECTIONS = {1, 8};

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int seconds;
    private final int warmSeconds;
    private final Path out;
    private final String label;
    private final Path work;

    Benchmark(int seconds, int warmSeconds, Path out, String label) throws IOException {
        this.seconds = seconds;
        this.warmSeconds = warmSeconds;
        this.out = out;
        this.label = label;
        this.work = Files.createTempDirectory("fabrique-bench");
    }

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        int warm = 5;
        Path out = Path.of("bench/results/benchmark-" + LocalDate.now() + ".md");
        String label = "demo data";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--seconds N, --warm N, --out FILE, --label TEXT)");
            }
        }
        new Benchmark(seconds, warm, out, label).run();
    }

    /** One request to measure: its name and what wrk sends. */
    record Target(String name, String path, String header) {
    }

    /** What wrk measured of one target at some connections. */
    record Measure(double perSecond, double p50Millis, double p99Millis, long requests, long errors) {
    }

    void run() throws Exception {
        Path server = Path.of("web-ui/target/server");
        if (!Files.isExecutable(server.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server in " + server + ": run ./mvnw -DskipTests package");
        }
        ProcessBuilder builder = new ProcessBuilder("taskset", "-c", "0", server.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-Djboss.socket.binding.port-offset=" + PORT_OFFSET)
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.putIfAbsent("FABRIQUE_DATA_DIR", work.resolve("data").toString());
        env.put("FABRIQUE_INDEX_DIR", work.resolve("index").toString());
        env.put("FABRIQUE_BASE_URL", BASE);
        env.put("FABRIQUE_REMINDER_FIRST_RUN_SECONDS", "86400");
        Files.createDirectories(work.resolve("data"));
        long launched = System.nanoTime();
        Process process = builder.start();
        try {
            double healthy = waitFor("/api/health", launched);
            double firstPage = waitFor("/login.xhtml", launched);
            System.out.printf(Locale.ROOT, "Server up in %.1f s (health UP), first page in %.1f s; log in %s%n",
                    healthy, firstPage, work.resolve("server.log"));
            List<Target> targets = targets();
            for (Target target : targets) {
                check(target);
            }
            // every request warmed first, so that the floor, measured first, meets a server as warm as the pages do
            for (Target target : targets) {
                wrk(target, 8, warmSeconds);
            }
            Map<Target, Measure[]> results = new LinkedHashMap<>();
            for (Target target : targets) {
                Measure[] measures = new Measure[CONNECTIONS.length];
                for (int i = 0; i < CONNECTIONS.length; i++) {
                    measures[i] = wrk(target, CONNECTIONS[i], seconds);
                }
                results.put(target, measures);
                System.out.printf(Locale.ROOT, "%-34s %9.0f/s %7.1f ms p99 (1)   %9.0f/s %7.1f ms p99 (8)%n",
                        target.name(), measures[0].perSecond(), measures[0].p99Millis(), measures[1].perSecond(),
                        measures[1].p99Millis());
            }
            // the floor again at the end: the ratios are to the better of its two measures, never to a cold server
            Measure[] floorAgain = new Measure[CONNECTIONS.length];
            for (int i = 0; i < CONNECTIONS.length; i++) {
                floorAgain[i] = wrk(targets.get(0), CONNECTIONS[i], seconds);
            }
            System.out.printf(Locale.ROOT, "The floor again at the end: %.0f/s (1), %.0f/s (8)%n",
                    floorAgain[0].perSecond(), floorAgain[1].perSecond());
            long rssMiB = residentMiB(process);
            String table = table(results, healthy, firstPage, rssMiB, floorAgain);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table);
            System.out.println();
            System.out.println(table);
            System.out.println("Written to " + out);
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }
    }

    /** Seconds from the launch until {@code path} answers 200. */
    private double waitFor(String path, long launched) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(path, null).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " did not answer 200 within 10 minutes: see " + work.resolve("server.log"));
    }

    /** Every request the benchmark measures, with the records and the credentials it needs. */
    private List<Target> targets() throws Exception {
        String pole = basic("pole");
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String role : List.of("pole", "direction", "elu", "expert")) {
            sessions.put(role, "Cookie: " + signIn(role));
        }
        String token = "Authorization: Bearer " + field(post("/api/me/tokens", pole,
                "{\"name\":\"benchmark " + System.currentTimeMillis() + "\"}").body(), "token");
        String session = sessions.get("pole");

        long programme = firstId(get("/api/programmes?status=VALIDATED&sort=-year&size=1", pole).body());
        int year = Integer.parseInt(field(get("/api/programmes/" + programme, pole).body(), "year"));
        long candidate = firstId(get("/api/programmes/" + programme + "/candidates?size=1", pole).body());
        long project = firstId(get("/api/programmes/" + programme + "/projects?size=1", pole).body());
        long workshop = firstId(get("/api/workshops?status=EXPLORATORY&size=1", pole).body());
        long adopted = firstId(get("/api/workshops?sort=start&size=1", pole).body());
        long evaluation = firstId(get("/api/evaluations?sort=title&size=1", pole).body());
        long published = firstId(get("/api/public/evaluations?size=1", null).body());

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("floor: GET /api/health", "/api/health", null));
        targets.add(new Target("static resource", "/resources/css/fabrique.css", null));
        targets.add(new Target("/api/me, session", "/api/me", session));
        targets.add(new Target("/api/me, token", "/api/me", token));
        sessions.forEach((role, cookie) -> targets.add(new Target("home page, " + role, "/index.xhtml", cookie)));
        targets.add(new Target("programme page", "/dialogue/programme.xhtml?id=" + programme, session));
        targets.add(new Target("candidate page", "/dialogue/candidate.xhtml?id=" + candidate, session));
        targets.add(new Target("arbitration page", "/dialogue/arbitration.xhtml?programme=" + programme, session));
        targets.add(new Target("recommendations page", "/dialogue/recommendations.xhtml?programme=" + programme, session));
        targets.add(new Target("dashboard page", "/dialogue/dashboard.xhtml?programme=" + programme, session));
        targets.add(new Target("project page", "/dialogue/project.xhtml?id=" + project, session));
        targets.add(new Target("workshop page", "/prospective/workshop.xhtml?id=" + workshop, session));
        targets.add(new Target("document page", "/prospective/document.xhtml?workshop=" + adopted, session));
        targets.add(new Target("markers page", "/prospective/markers.xhtml", session));
        targets.add(new Target("evaluation page", "/evaluation/evaluation.xhtml?id=" + evaluation, session));
        targets.add(new Target("public programme page", "/public/programme.xhtml?year=" + year, null));
        targets.add(new Target("public evaluation page", "/public/evaluation.xhtml?id=" + published, null));
        targets.add(new Target("public workshops page", "/public/workshops.xhtml", null));
        targets.add(new Target("search page", "/search.xhtml?q=" + encode("bibliothèque"), session));
        targets.add(new Target("GET /api/search", "/api/search?q=" + encode("bibliothèque"), token));
        targets.add(new Target("GET /api/programmes", "/api/programmes?status=VALIDATED&sort=-year", token));
        targets.add(new Target("GET /api/programmes/{id}/candidates",
                "/api/programmes/" + programme + "/candidates?status=ARBITRATED&sort=title&size=50", token));
        targets.add(new Target("GET /api/programmes/{id}/projects",
                "/api/programmes/" + programme + "/projects?scale=NEIGHBOURHOOD&sort=title", token));
        targets.add(new Target("GET /api/recommendations", "/api/recommendations?programmeId=" + programme
                + "&overdue=true&sort=dueDate,-recordedOn&size=50", token));
        targets.add(new Target("GET /api/workshops", "/api/workshops?status=CLOSED&sort=-start", token));
        targets.add(new Target("GET /api/evaluations", "/api/evaluations?status=FOLLOW_UP&sort=title", token));
        targets.add(new Target("GET /api/evaluation-recommendations",
                "/api/evaluation-recommendations?overdue=false&sort=dueDate", token));
        targets.add(new Target("GET /api/accounts", "/api/accounts?role=DIRECTORATE&sort=displayName", token));
        return targets;
    }

    /** Fails unless the target answers 200 now: the benchmark measures answers, not refusals. */
    private void check(Target target) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + target.path())).GET();
        if (target.header() != null) {
            String[] header = target.header().split(": ", 2);
            request.header(header[0], header[1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(target.name() + " (" + target.path() + ") answers " + response.statusCode()
                    + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Runs wrk on CPU 1 and reads its figures. */
    private Measure wrk(Target target, int connections, int duration) throws Exception {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "1", "wrk", "-t1", "-c" + connections,
                "-d" + duration + "s", "--latency", "--timeout", "10s"));
        if (target.header() != null) {
            command.add("-H");
            command.add(target.header());
        }
        command.add(BASE + target.path());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + target.name() + ":\n" + output);
        }
        double perSecond = Double.parseDouble(find(REQUESTS_PER_SECOND, output, target));
        long requests = Long.parseLong(find(TOTAL, output, target));
        double p50 = 0;
        double p99 = 0;
        Matcher percentiles = PERCENTILE.matcher(output);
        while (percentiles.find()) {
            double value = Double.parseDouble(percentiles.group(2));
            double millis = switch (percentiles.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
            if (percentiles.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Measure(perSecond, p50, p99, requests, errors);
    }

    private static String find(Pattern pattern, String output, Target target) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output for " + target.name() + ":\n" + output);
        }
        return matcher.group(1);
    }

    private String table(Map<Target, Measure[]> results, double healthy, double firstPage, long rssMiB,
            Measure[] floorAgain) {
        Measure[] first = results.values().iterator().next();
        Measure[] floor = new Measure[first.length];
        for (int i = 0; i < first.length; i++) {
            floor[i] = first[i].perSecond() >= floorAgain[i].perSecond() ? first[i] : floorAgain[i];
        }
        StringBuilder table = new StringBuilder();
        table.append("# Fabrique benchmark, ").append(label).append(", ").append(LocalDate.now()).append("\n\n");
        table.append(String.format(Locale.ROOT, "Machine: %d CPUs (server on CPU 0, wrk on CPU 1), Java %s; %d s per "
                + "measure after %d s of warming. Server start to health UP %.1f s, to the first page %.1f s; "
                + "resident memory after the run %d MiB. Every request is warmed before the first is measured; the "
                + "floor is measured first and again at the end (%.0f/s and %.0f/s at 1 and 8 clients), and the ratios "
                + "are to the better of the two: %.0f/s and %.0f/s.%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds, warmSeconds, healthy, firstPage, rssMiB,
                floorAgain[0].perSecond(), floorAgain[1].perSecond(), floor[0].perSecond(), floor[1].perSecond()));
        table.append("| request | 1 client: per s | ratio to floor | p50 ms | p99 ms | 8 clients: per s | ratio to floor "
                + "| p50 ms | p99 ms | errors |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        results.forEach((target, m) -> table.append(String.format(Locale.ROOT,
                "| %s | %.0f | %s | %.1f | %.1f | %.0f | %s | %.1f | %.1f | %d |%n", target.name(), m[0].perSecond(),
                ratio(m[0].perSecond(), floor[0].perSecond()), m[0].p50Millis(), m[0].p99Millis(), m[1].perSecond(),
                ratio(m[1].perSecond(), floor[1].perSecond()), m[1].p50Millis(), m[1].p99Millis(),
                m[0].errors() + m[1].errors())));
        return table.toString();
    }

    /** A ratio as "1/n" below one, so that "1/20" reads against the targets. */
    private static String ratio(double value, double floor) {
        double ratio = value / floor;
        return ratio >= 1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "1/%.1f", 1 / ratio);
    }

    private static long residentMiB(Process process) throws IOException {
        long pid = process.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().map(ProcessHandle::pid).orElse(process.pid());
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    /** Signs in through the login page as a browser does; returns the session cookie. */
    private String signIn(String username) throws Exception {
        HttpResponse<String> page = get("/login.xhtml", null);
        Matcher form = Pattern.compile("<form id=\"login\".*?</form>", Pattern.DOTALL).matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no login form on /login.xhtml");
        }
        StringBuilder body = new StringBuilder();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group());
        while (hidden.find()) {
            String name = attribute(hidden.group(), "name");
            if (name != null) {
                body.append(encode(name)).append('=').append(encode(attribute(hidden.group(), "value"))).append('&');
            }
        }
        body.append("login%3Ausername=").append(encode(username)).append("&login%3Apassword=").append(encode(PASSWORD))
                .append("&login%3Asubmit=");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", BASE)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        page.headers().allValues("Set-Cookie").forEach(c -> request.header("Cookie", c.split(";", 2)[0]));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("FABRIQUE_SESSION=")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("signing in as " + username + " gave no session: "
                        + answer.statusCode()));
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&").replace("&quot;", "\"") : null;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answers " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a page's first item: its {@code "id"} at the item's own level, whatever comes before it. */
    private static long firstId(String page) {
        int start = page.indexOf("\"items\":[{");
        if (start < 0) {
            throw new IllegalStateException("no item in " + page.substring(0, Math.min(300, page.length())));
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start + "\"items\":[".length(); i < page.length(); i++) {
            char c = page.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                if (depth == 1 && page.startsWith("\"id\":", i)) {
                    Matcher number = Pattern.compile("\"id\":(\\d+)").matcher(page).region(i, page.length());
                    if (number.lookingAt()) {
                        return Long.parseLong(number.group(1));
                    }
                }
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    break;
                }
            }
        }
        throw new IllegalStateException("the first item has no id in " + page.substring(0, Math.min(300, page.length())));
    }

    /** A top-level string or number field of a JSON object, as text. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
