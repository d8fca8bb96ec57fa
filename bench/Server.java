import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The provisioned WildFly ({@code web-ui/target/server}) as the benchmark runs it: launched by {@code
 * bin/standalone.sh} with {@code LAUNCH_JBOSS_IN_BACKGROUND=1} on the benchmark's port ({@link Http#BASE}), its
 * console in a log file, started on every CPU (then pinned to CPU 0 for a measured run); awaited until
 * a path answers 200; stopped cleanly (SIGTERM to the script, which passes it on to WildFly), so that it marks its
 * search index in step with the database and the next start on the same directories keeps the index.
 */
final class Server {

    /** The file of a scale's work directory that says its generation completed, with what the log said of it. */
    static final String GENERATION_RECORD = "generation.txt";

    private static final Path HOME = Path.of("web-ui/target/server");
    private static final String GENERATE_VARIABLE = "FABRIQUE_GENERATE_SCALE";
    private static final Duration GENERATION_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);
    private static final String MARKED = "Search index marked in step with the database";

    /** A measured start: seconds from the launch to health UP and to the first page, what it did with the index. */
    record Start(double healthySeconds, double firstPageSeconds, String index) {
    }

    /** A generation in this run: seconds from the launch to health UP, the log's {@code Generated at scale} lines. */
    record Generation(double seconds, List<String> lines) {
    }

    private final Http http;
    private final Process process;
    private final Path log;
    private final long launched;

    private Server(Http http, Process process, Path log, long launched) {
        this.http = http;
        this.process = process;
        this.log = log;
        this.launched = launched;
    }

    /**
     * Launches the server with {@code variables} (the data and index directories above all) on top of the
     * benchmark's own environment, less {@code FABRIQUE_GENERATE_SCALE} unless {@code variables} names it; its
     * console goes to {@code log}. Fails if something already answers on the benchmark's port.
     */
    static Server launch(Http http, Path log, Map<String, String> variables) throws Exception {
        Path script = HOME.resolve("bin/standalone.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No provisioned server in " + HOME + ": run ./mvnw -DskipTests package");
        }
        if (http.portTaken()) {
            throw new IllegalStateException("Something already answers on " + Http.BASE + " (another benchmark?)");
        }
        List<String> command = new ArrayList<>(List.of(script.toString(), "-b", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + Http.PORT_OFFSET));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove(GENERATE_VARIABLE);
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("FABRIQUE_BASE_URL", Http.BASE);
        env.put("FABRIQUE_REMINDER_FIRST_RUN_SECONDS", "86400");
        env.putAll(variables);
        long launched = System.nanoTime();
        return new Server(http, builder.start(), log, launched);
    }

    /** The data ({@code data/}) and index ({@code index/}) directories of a scale's work directory, as variables. */
    static Map<String, String> directories(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data")).toAbsolutePath();
        return Map.of("FABRIQUE_DATA_DIR", data.toString(),
                "FABRIQUE_INDEX_DIR", dir.resolve("index").toAbsolutePath().toString());
    }

    /**
     * Generates the database of {@code scale} into the work directory {@code dir}: a start on every CPU with
     * {@code FABRIQUE_GENERATE_SCALE} on its empty database, which loads the demo, generates, indexes, then answers
     * health UP (up to 30 minutes); then a clean stop. The record of the generation ({@link #GENERATION_RECORD}) is
     * written last, so that a generation cut short leaves none.
     */
    static Generation generate(Http http, Path dir, int scale) throws Exception {
        Map<String, String> variables = new HashMap<>(directories(dir));
        variables.put(GENERATE_VARIABLE, String.valueOf(scale));
        Path log = dir.resolve("generation.log");
        System.out.println("Generating scale " + scale + " into " + dir + " (log: " + log + ")");
        Server server = launch(http, log, variables);
        Generation generation;
        try {
            double seconds = server.await("/api/health", GENERATION_TIMEOUT);
            List<String> lines = server.logLines("Generated at scale ");
            if (lines.isEmpty()) {
                throw new IllegalStateException("Nothing generated at scale " + scale + ": see " + log);
            }
            generation = new Generation(seconds, lines);
        } finally {
            server.stop();
        }
        String record = String.format(Locale.ROOT, "Generated in %.1f s from the launch to health UP%n",
                generation.seconds()) + String.join("\n", generation.lines()) + "\n";
        Files.writeString(dir.resolve(GENERATION_RECORD), record);
        System.out.print(record);
        return generation;
    }

    /**
     * Pins the running server (the script and the JVM, every thread) to CPU 0, so that the load measured next
     * never competes with wrk on CPU 1; the start before it had both CPUs, as a server's start has.
     */
    void pinToCpu0() throws Exception {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        for (ProcessHandle handle : tree) {
            Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", "0", String.valueOf(handle.pid()))
                    .redirectErrorStream(true).start();
            String output = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (taskset.waitFor() != 0 && handle.isAlive()) {
                throw new IllegalStateException("taskset could not pin process " + handle.pid() + ": " + output);
            }
        }
    }

    /** Waits for health UP then for the first page (each up to {@code timeout}); reads what it did with the index. */
    Start awaitStart(Duration timeout) throws Exception {
        double healthy = await("/api/health", timeout);
        double firstPage = await("/login.xhtml", timeout);
        return new Start(healthy, firstPage, indexState());
    }

    /**
     * Seconds from the launch until {@code path} answers 200; fails if the server stops first, if WildFly says the
     * deployment failed (WFLYSRV0026), or after {@code timeout}.
     */
    private double await(String path, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextLogCheck = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting: see " + log);
            }
            try {
                if (http.get(path, null).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() >= nextLogCheck) {
                if (logText().contains("WFLYSRV0026")) {
                    throw new IllegalStateException("The server started with errors: see " + log);
                }
                nextLogCheck = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " did not answer 200 within " + timeout.toMinutes() + " minutes: see "
                + log);
    }

    /** What the log says this start did with the search index: kept, or rebuilt (how long, and why). */
    private String indexState() throws IOException {
        List<String> kept = logLines("Search index kept");
        if (!kept.isEmpty()) {
            return kept.get(0).substring("Search index ".length());
        }
        List<String> rebuilt = logLines("Search index rebuilt");
        if (rebuilt.isEmpty()) {
            return "neither kept nor rebuilt, the log says";
        }
        String reason = "Search index to rebuild: ";
        List<String> why = logLines(reason);
        return rebuilt.get(0).substring("Search index ".length())
                + (why.isEmpty() ? "" : " (" + why.get(0).substring(reason.length()) + ")");
    }

    /** The server's resident memory in MiB (WildFly's JVM, else the script's): now and at its peak since the start. */
    record Memory(long residentMiB, long peakMiB) {
    }

    /** The server's {@link Memory} now, from {@code /proc}'s VmRSS and VmHWM. */
    Memory memory() throws IOException {
        long pid = process.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().map(ProcessHandle::pid).orElse(process.pid());
        long resident = -1;
        long peak = -1;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                resident = Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return new Memory(resident, peak);
    }

    /**
     * Stops the server cleanly: SIGTERM to standalone.sh, which passes it on to WildFly, then waits until the script
     * and its children have exited; kills those still there after three minutes. Warns when the stop was not clean or
     * the log does not say the search index was marked in step: the next start on these directories rebuilds it.
     */
    void stop() throws Exception {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        process.destroy();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        boolean clean = true;
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                clean = false;
                handle.destroyForcibly();
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        if (!clean) {
            System.out.println("Warning: the server did not stop within " + STOP_TIMEOUT.toMinutes()
                    + " minutes and was killed: the next start on its directories rebuilds the search index");
        } else if (!logText().contains(MARKED)) {
            System.out.println("Warning: the server's stop did not mark the search index in step with the database"
                    + " (see " + log + "): the next start on its directories rebuilds it");
        }
    }

    /** The log's lines that contain {@code marker}, each from the marker on. */
    private List<String> logLines(String marker) throws IOException {
        return logText().lines().filter(line -> line.contains(marker))
                .map(line -> line.substring(line.indexOf(marker))).toList();
    }

    private String logText() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
