import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's report, in Markdown: for each scale measured (or the demo data), how the server started and a
 * table of every request at 1 and 8 clients as ratios to the floor; when several scales were measured, each
 * request's throughput at the largest against the smallest; and for each, a line against issue 16's targets.
 */
final class Report {

    /**
     * One database measured: its scale (0: the demo data), the measured start, the generation if this run did it,
     * each target's measures at {@link Wrk#CONNECTIONS}, the floor measured again at the end, the memory after the run.
     */
    record Run(int scale, Server.Start start, Server.Generation generation, Map<Targets.Target, Wrk.Measure[]> results,
            Wrk.Measure[] floorAgain, Server.Memory memory) {

        /** The floor the ratios are to: at each number of clients, the better of its first and last measures. */
        Wrk.Measure[] floor() {
            Wrk.Measure[] first = results.values().iterator().next();
            Wrk.Measure[] floor = new Wrk.Measure[first.length];
            for (int i = 0; i < first.length; i++) {
                floor[i] = first[i].perSecond() >= floorAgain[i].perSecond() ? first[i] : floorAgain[i];
            }
            return floor;
        }

        String title() {
            return scale == 0 ? "Demo data" : "Scale " + scale;
        }
    }

    /** Issue 16's targets, at 8 clients. */
    private static final double TRIVIAL_SHARE = 1.0 / 2;
    private static final double PAGE_SHARE = 1.0 / 20;
    private static final double P99_MILLIS = 250;
    private static final long RSS_MIB = 768;
    private static final double FIRST_PAGE_SECONDS = 15;
    /** How much of its throughput a request keeps from the smallest scale to the largest. */
    private static final double KEPT_SHARE = 2.0 / 3;

    private final String label;
    private final int seconds;
    private final int warmSeconds;

    Report(String label, int seconds, int warmSeconds) {
        this.label = label;
        this.seconds = seconds;
        this.warmSeconds = warmSeconds;
    }

    /** The whole report of {@code runs}, in the order measured. */
    String of(List<Run> runs) {
        StringBuilder report = new StringBuilder();
        report.append("# Fabrique benchmark, ").append(label).append(scales(runs)).append(", ").append(LocalDate.now())
                .append("\n\n");
        report.append(String.format(Locale.ROOT, "Machine: %d CPUs (server on CPU 0, wrk on CPU 1), Java %s; %d s per "
                + "measure after %d s of warming. Every request is warmed before the first is measured; the floor is "
                + "measured first and again at the end, and the ratios are to the better of the two.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds, warmSeconds));
        for (Run run : runs) {
            if (runs.size() > 1) {
                report.append("## ").append(run.title()).append("\n\n");
            }
            section(report, run);
        }
        if (runs.size() > 1) {
            comparison(report, runs.stream().min(Comparator.comparingInt(Run::scale)).orElseThrow(),
                    runs.stream().max(Comparator.comparingInt(Run::scale)).orElseThrow());
        }
        report.append("## Against issue 16's targets\n\nAt 8 clients, the ratios to the floor as in the tables.\n\n");
        for (Run run : runs) {
            report.append("- ").append(run.title()).append(": ").append(againstTargets(run)).append("\n");
        }
        return report.toString();
    }

    private static String scales(List<Run> runs) {
        List<String> scales = runs.stream().filter(run -> run.scale() > 0).map(run -> String.valueOf(run.scale()))
                .toList();
        if (scales.isEmpty()) {
            return "";
        }
        if (scales.size() == 1) {
            return ", scale " + scales.get(0);
        }
        return ", scales " + String.join(", ", scales.subList(0, scales.size() - 1)) + " and "
                + scales.get(scales.size() - 1);
    }

    /** How the database was made and the server started, then the table of every request. */
    private static void section(StringBuilder report, Run run) {
        if (run.generation() != null) {
            report.append(String.format(Locale.ROOT, "Database generated in this run in %s, on both CPUs: %.1f s from "
                    + "the launch to health UP. The log:%n%n", Benchmark.workDir(run.scale()), run.generation().seconds()));
            run.generation().lines().forEach(line -> report.append("- ").append(line).append("\n"));
            report.append("\n");
        } else if (run.scale() > 0) {
            report.append("Database generated by an earlier run in ").append(Benchmark.workDir(run.scale()))
                    .append(" (--fresh generates it again).\n\n");
        }
        Wrk.Measure[] floor = run.floor();
        report.append(String.format(Locale.ROOT, "Server start%s to health UP %.1f s, to the first page %.1f s; search "
                + "index %s. Resident memory after the run %d MiB (peak %d MiB). The floor at the end: %.0f/s and "
                + "%.0f/s at 1 and 8 clients; the ratios are to %.0f/s and %.0f/s.%n%n", run.scale() > 0 ? " on it" : "",
                run.start().healthySeconds(), run.start().firstPageSeconds(), run.start().index(),
                run.memory().residentMiB(), run.memory().peakMiB(),
                run.floorAgain()[0].perSecond(), run.floorAgain()[1].perSecond(), floor[0].perSecond(),
                floor[1].perSecond()));
        report.append("| request | 1 client: per s | ratio to floor | p50 ms | p99 ms | 8 clients: per s | ratio to floor "
                + "| p50 ms | p99 ms | errors |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        run.results().forEach((target, m) -> report.append(String.format(Locale.ROOT,
                "| %s | %.0f | %s | %.1f | %.1f | %.0f | %s | %.1f | %.1f | %d |%n", target.name(), m[0].perSecond(),
                ratio(m[0].perSecond(), floor[0].perSecond()), m[0].p50Millis(), m[0].p99Millis(), m[1].perSecond(),
                ratio(m[1].perSecond(), floor[1].perSecond()), m[1].p50Millis(), m[1].p99Millis(),
                m[0].errors() + m[1].errors())));
        report.append("\n");
    }

    /** Each request's throughput at 8 clients at the largest scale against the smallest. */
    private static void comparison(StringBuilder report, Run smallest, Run largest) {
        int s = smallest.scale();
        int l = largest.scale();
        report.append(String.format(Locale.ROOT, "## Scale %d against scale %d%n%nThroughput at 8 clients; ✓ where "
                + "scale %d keeps at least ⅔ of scale %d's. The floor's row is the better of its two measures.%n%n"
                + "| request | scale %d: per s | scale %d: per s | %d/%d | ≥ ⅔ |%n|---|---:|---:|---:|:---:|%n",
                l, s, l, s, s, l, l, s));
        Map<String, Double> atLargest = perSecondAt8(largest);
        perSecondAt8(smallest).forEach((name, small) -> {
            Double large = atLargest.get(name);
            if (large != null) {
                report.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s |%n", name, small, large,
                        large / small, large / small >= KEPT_SHARE ? "✓" : "✗"));
            }
        });
        report.append("\n");
    }

    /** Each target's throughput at 8 clients by name, in the run's order; the floor's the better of its two. */
    private static Map<String, Double> perSecondAt8(Run run) {
        double floor = run.floor()[1].perSecond();
        return at8(run, Targets.Kind.values()).entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(),
                e -> e.getKey().kind() == Targets.Kind.FLOOR ? floor : e.getValue().perSecond(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** One line: each of issue 16's targets met, or not met with the value that misses it. */
    private static String againstTargets(Run run) {
        double floor = run.floor()[1].perSecond();
        return String.join("; ", trivial(run, floor), pagesAndLists(run, floor), p99(run), errors(run),
                "resident memory < 768 MiB: " + verdict(run.memory().residentMiB() < RSS_MIB, run.memory().residentMiB()
                        + " MiB, peak " + run.memory().peakMiB() + " MiB"),
                "start to first page < 15 s: " + verdict(run.start().firstPageSeconds() < FIRST_PAGE_SECONDS,
                        String.format(Locale.ROOT, "%.1f s", run.start().firstPageSeconds()))) + ".";
    }

    /** Every signed-in trivial request ({@code /api/me} with a session, with a token) at ½ of the floor or more. */
    private static String trivial(Run run, double floor) {
        Map<Targets.Target, Wrk.Measure> trivial = at8(run, Targets.Kind.TRIVIAL);
        boolean met = trivial.values().stream().allMatch(m -> m.perSecond() >= TRIVIAL_SHARE * floor);
        String ratios = trivial.entrySet().stream()
                .map(e -> e.getKey().name() + ": " + ratio(e.getValue().perSecond(), floor))
                .collect(Collectors.joining("; "));
        return "signed-in trivial request ≥ ½ of the floor: " + verdict(met, ratios);
    }

    /** Every page and list endpoint at 1/20 of the floor or more. */
    private static String pagesAndLists(Run run, double floor) {
        Map<Targets.Target, Wrk.Measure> pages = at8(run, Targets.Kind.PAGE, Targets.Kind.LIST);
        long below = pages.values().stream().filter(m -> m.perSecond() < PAGE_SHARE * floor).count();
        Map.Entry<Targets.Target, Wrk.Measure> lowest = pages.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue().perSecond())).orElseThrow();
        return "every page and list endpoint ≥ 1/20 of the floor: " + verdict(below == 0, String.format(Locale.ROOT,
                "%d of %d below, the lowest %s at %s", below, pages.size(), lowest.getKey().name(),
                ratio(lowest.getValue().perSecond(), floor)));
    }

    /** Every request's p99 under 250 ms. */
    private static String p99(Run run) {
        Map<Targets.Target, Wrk.Measure> all = at8(run, Targets.Kind.values());
        long above = all.values().stream().filter(m -> m.p99Millis() >= P99_MILLIS).count();
        Map.Entry<Targets.Target, Wrk.Measure> highest = all.entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().p99Millis())).orElseThrow();
        return "p99 < 250 ms: " + verdict(above == 0, String.format(Locale.ROOT, "%d of %d at or above, the highest %s "
                + "at %.1f ms", above, all.size(), highest.getKey().name(), highest.getValue().p99Millis()));
    }

    /** No error in any measure, at 1 or 8 clients, the floor's last included. */
    private static String errors(Run run) {
        long errors = run.results().values().stream().flatMap(Arrays::stream).mapToLong(Wrk.Measure::errors).sum()
                + Arrays.stream(run.floorAgain()).mapToLong(Wrk.Measure::errors).sum();
        return "zero errors: " + verdict(errors == 0, errors + " errors");
    }

    /** The measures at 8 clients of the run's targets of these kinds, in the run's order. */
    private static Map<Targets.Target, Wrk.Measure> at8(Run run, Targets.Kind... kinds) {
        List<Targets.Kind> wanted = List.of(kinds);
        return run.results().entrySet().stream().filter(e -> wanted.contains(e.getKey().kind()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[1], (a, b) -> a, LinkedHashMap::new));
    }

    private static String verdict(boolean met, String value) {
        return met ? "met" : "not met (" + value + ")";
    }

    /** A ratio as "1/n" below one, so that "1/20" reads against the targets. */
    private static String ratio(double value, double floor) {
        double ratio = value / floor;
        return ratio >= 1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "1/%.1f", 1 / ratio);
    }
}
