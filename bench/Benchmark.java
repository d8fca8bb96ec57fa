import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fabrique's benchmark, run by {@code bench/benchmark.sh}: starts the provisioned server ({@link Server}) on both
 * CPUs (the start's time is the machine's), waits for {@code /api/health} and the first page, pins it to CPU 0,
 * signs in as each role and finds the records
 * ({@link Targets}), warms every request, then measures each with {@code wrk} pinned to CPU 1 at 1 and at 8
 * connections ({@link Wrk}): throughput, p50 and p99 latency, errors. Each is reported as a ratio to the floor (the
 * health probe) measured in the same run, with the start times and the server's resident memory after the run
 * ({@link Report}); the report goes to stdout and to the results file.
 *
 * <p>Without a scale, the server starts on a database of its own: the demo data on a fresh embedded one in a
 * temporary directory (or {@code FABRIQUE_DATA_DIR}'s, or {@code FABRIQUE_DB_URL}'s), and that first start is the
 * one measured. With {@code --scale N} (repeatable) or {@code --scales 1,100}, each scale is measured in turn, smallest
 * first, on an embedded database of its own in {@code bench/work/scale-N/} ({@code data/}, {@code index/}), kept from
 * one run to the next: when it holds no database yet, a first start on both CPUs with
 * {@code FABRIQUE_GENERATE_SCALE=N} generates it (timed, up to 30 minutes) and stops cleanly; then the measured start
 * keeps the search index that clean stop left in step. {@code --fresh} deletes each scale's directory first,
 * so that it is generated again. The report then compares each request's throughput at the largest scale with the
 * smallest, and says for each scale whether issue 16's targets are met.
 *
 * <p>Options: {@code --seconds N} (10) per measure, {@code --warm N} (5) of warming each request, {@code --scale N}
 * and {@code --scales N,M,…} (1 to 1000), {@code --fresh}, {@code --out FILE} (by default
 * {@code bench/results/benchmark-<date>.md}, or {@code benchmark-<date>-scale-<scales>.md}), {@code --label TEXT}
 * (in the title: "demo data", or "generated data" at a scale).
 */
public class Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final int MAX_SCALE = 1000;

    private final Http http = new Http();
    private final int seconds;
    private final int warmSeconds;
    private final List<Integer> scales;
    private final boolean fresh;
    private final Path out;
    private final String label;

    Benchmark(int seconds, int warmSeconds, List<Integer> scales, boolean fresh, Path out, String label) {
        this.seconds = seconds;
        this.warmSeconds = warmSeconds;
        this.scales = scales;
        this.fresh = fresh;
        this.out = out;
        this.label = label;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        int warm = 5;
        TreeSet<Integer> scales = new TreeSet<>();
        boolean fresh = false;
        Path out = null;
        String label = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--scale" -> scales.add(scale(args[++i]));
                case "--scales" -> Stream.of(args[++i].split(",")).map(Benchmark::scale).forEach(scales::add);
                case "--fresh" -> fresh = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--seconds N, --warm N, "
                        + "--scale N, --scales N,M, --fresh, --out FILE, --label TEXT)");
            }
        }
        if (fresh && scales.isEmpty()) {
            throw new IllegalArgumentException("--fresh regenerates a scale's database: give --scale N or --scales N,M");
        }
        String list = scales.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (out == null) {
            out = Path.of("bench/results/benchmark-" + LocalDate.now() + (scales.isEmpty() ? "" : "-scale-" + list)
                    + ".md");
        }
        if (label == null) {
            label = scales.isEmpty() ? "demo data" : "generated data";
        }
        new Benchmark(seconds, warm, List.copyOf(scales), fresh, out, label).run();
    }

    private static int scale(String text) {
        int scale = Integer.parseInt(text.strip());
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("a scale is from 1 to " + MAX_SCALE + ", not " + scale);
        }
        return scale;
    }

    /** The work directory of a scale: its database and search index, kept from one run to the next. */
    static Path workDir(int scale) {
        return Path.of("bench/work/scale-" + scale);
    }

    void run() throws Exception {
        if (!scales.isEmpty() && System.getenv("FABRIQUE_DB_URL") != null) {
            throw new IllegalStateException("--scale measures an embedded database in bench/work/scale-N: unset "
                    + "FABRIQUE_DB_URL");
        }
        List<Report.Run> runs = new ArrayList<>();
        if (scales.isEmpty()) {
            runs.add(demo());
        }
        for (int scale : scales) {
            runs.add(atScale(scale));
        }
        String report = new Report(label, seconds, warmSeconds).of(runs);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out);
    }

    /** The demo data on a fresh database of its own: its first start, loading the demo, is the one measured. */
    private Report.Run demo() throws Exception {
        Path work = Files.createTempDirectory("fabrique-bench");
        Path data = Path.of(System.getenv().getOrDefault("FABRIQUE_DATA_DIR", work.resolve("data").toString()));
        Files.createDirectories(data);
        Path log = work.resolve("server.log");
        System.out.println("Starting on the demo data (log: " + log + ")");
        return measure(0, Server.launch(http, log, Map.of("FABRIQUE_DATA_DIR", data.toString(),
                "FABRIQUE_INDEX_DIR", work.resolve("index").toString())), null);
    }

    /**
     * Scale {@code scale}'s database in its work directory: generated first when it holds none (after deleting it
     * with {@code --fresh}); then a start on it (both CPUs), the one measured, after which the server is pinned to CPU 0.
     */
    private Report.Run atScale(int scale) throws Exception {
        Path dir = workDir(scale);
        if (fresh) {
            deleteTree(dir);
        }
        Server.Generation generation = null;
        if (!Files.exists(dir.resolve("data/fabrique.mv.db"))) {
            generation = Server.generate(http, dir, scale);
        } else if (!Files.exists(dir.resolve(Server.GENERATION_RECORD))) {
            throw new IllegalStateException(dir + " holds a database but no " + Server.GENERATION_RECORD
                    + ": its generation did not complete; run again with --fresh");
        }
        Path log = dir.resolve("server.log");
        System.out.println("Starting on scale " + scale + "'s database (log: " + log + ")");
        return measure(scale, Server.launch(http, log, Server.directories(dir)), generation);
    }

    /**
     * Waits for the server's start, checks that every target answers 200, warms each, measures each at
     * {@link Wrk#CONNECTIONS}, then the floor again, and the resident memory; stops the server cleanly in any case.
     */
    private Report.Run measure(int scale, Server server, Server.Generation generation) throws Exception {
        try {
            Server.Start start = server.awaitStart(START_TIMEOUT);
            System.out.printf(Locale.ROOT, "Server up in %.1f s (health UP), first page in %.1f s; search index %s%n",
                    start.healthySeconds(), start.firstPageSeconds(), start.index());
            // started on both CPUs, as a server starts; measured on CPU 0 alone, wrk having CPU 1
            server.pinToCpu0();
            Targets targets = new Targets(http);
            List<Targets.Target> all = targets.all(scale);
            for (Targets.Target target : all) {
                targets.check(target);
            }
            // every request warmed first, so that the floor, measured first, meets a server as warm as the pages do
            for (Targets.Target target : all) {
                Wrk.run(target, 8, warmSeconds);
            }
            Map<Targets.Target, Wrk.Measure[]> results = new LinkedHashMap<>();
            for (Targets.Target target : all) {
                Wrk.Measure[] measures = measureAll(target);
                results.put(target, measures);
                System.out.printf(Locale.ROOT, "%-40s %9.0f/s %7.1f ms p99 (1)   %9.0f/s %7.1f ms p99 (8)%n",
                        target.name(), measures[0].perSecond(), measures[0].p99Millis(), measures[1].perSecond(),
                        measures[1].p99Millis());
            }
            // the floor again at the end: the ratios are to the better of its two measures, never to a cold server
            Wrk.Measure[] floorAgain = measureAll(all.get(0));
            System.out.printf(Locale.ROOT, "The floor again at the end: %.0f/s (1), %.0f/s (8)%n",
                    floorAgain[0].perSecond(), floorAgain[1].perSecond());
            return new Report.Run(scale, start, generation, results, floorAgain, server.memory());
        } finally {
            server.stop();
        }
    }

    /** One target measured at each of {@link Wrk#CONNECTIONS}. */
    private Wrk.Measure[] measureAll(Targets.Target target) throws Exception {
        Wrk.Measure[] measures = new Wrk.Measure[Wrk.CONNECTIONS.length];
        for (int i = 0; i < Wrk.CONNECTIONS.length; i++) {
            measures[i] = Wrk.run(target, Wrk.CONNECTIONS[i], seconds);
        }
        return measures;
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
