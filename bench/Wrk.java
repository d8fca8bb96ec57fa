import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} on CPU 1 (the server has CPU 0) with one thread, and reads its figures: throughput, p50 and p99
 * latency, and errors (non-2xx or 3xx answers and socket errors).
 */
final class Wrk {

    /** The connections each target is measured at: one client, then eight. */
    static final int[] CONNECTIONS = {1, 8};

    /** What wrk measured of one target at some connections. */
    record Measure(double perSecond, double p50Millis, double p99Millis, long requests, long errors) {
    }

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /** Measures {@code target} at {@code connections} for {@code seconds}. */
    static Measure run(Targets.Target target, int connections, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "1", "wrk", "-t1", "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "10s"));
        if (target.header() != null) {
            command.add("-H");
            command.add(target.header());
        }
        command.add(Http.BASE + target.path());
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

    private static String find(Pattern pattern, String output, Targets.Target target) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output for " + target.name() + ":\n" + output);
        }
        return matcher.group(1);
    }
}
