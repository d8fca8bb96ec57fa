package org.fabrique.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Fabrique, started by a test as an operator would start it, beside the Arquillian server: the
 * provisioned WildFly of {@code target/server} (with the WAR just built in it) run by {@code bin/standalone.sh}
 * as its own process, with its own base directory (a copy of the provisioned configuration and deployment:
 * its own log, search index and temporary files), its ports shifted by {@code portOffset} and the environment
 * the test gives it (e.g. {@code FABRIQUE_DATA_DIR}). For tests of what happens across a stop and a start:
 * a restore, a crash.
 *
 * <pre>{@code
 * try (ExternalServer server = ExternalServer.start(baseDir, 700, Map.of("FABRIQUE_DATA_DIR", data.toString()))) {
 *     Api api = new Api(server.url());
 *     ...
 *     server.kill();   // or server.stop(), or let close() stop it
 * }
 * }</pre>
 *
 * The variables of the test's own environment that point at the Arquillian server's database, index or
 * backups ({@code FABRIQUE_*_DIR}, {@code FABRIQUE_DB_*}) are not passed on: the server gets Fabrique's
 * defaults for them unless {@code environment} names them. Its mail and reminder jobs are slowed to once a
 * day (no SMTP server listens for it) unless {@code environment} says otherwise.
 */
public final class ExternalServer implements AutoCloseable {

    /** How long a start may take on a busy two-core machine (demo data loaded, generated volume and index included). */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Process process;
    private final Path baseDir;
    private final int portOffset;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ExternalServer(Process process, Path baseDir, int portOffset) {
        this.process = process;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
    }

    /**
     * Starts the provisioned server on a fresh base directory and waits until Fabrique answers
     * ({@code GET /api/me} → 401); fails with the end of its console if it does not within six minutes.
     *
     * @param baseDir     a directory that does not exist yet or is empty (under {@code target/}, say)
     * @param portOffset  added to every port: HTTP on 8080 + offset, management on 9990 + offset
     * @param environment variables for the server (FABRIQUE_DATA_DIR above all), on top of the test's own
     */
    public static ExternalServer start(Path baseDir, int portOffset, Map<String, String> environment) {
        Path home = Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath();
        Path base = baseDir.toAbsolutePath();
        try {
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(home.resolve("standalone/deployments/ROOT.war"), base.resolve("deployments/ROOT.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + portOffset)
                    .redirectErrorStream(true)
                    .redirectOutput(base.resolve("console.log").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("FABRIQUE_") && (name.endsWith("_DIR") || name.startsWith("FABRIQUE_DB_")));
            env.put("FABRIQUE_MAIL_INTERVAL_SECONDS", "86400");
            env.put("FABRIQUE_REMINDER_FIRST_RUN_SECONDS", "86400");
            env.put("FABRIQUE_REMINDER_INTERVAL_SECONDS", "86400");
            env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            env.putAll(environment);
            ExternalServer server = new ExternalServer(builder.start(), base, portOffset);
            server.awaitStarted();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the server in " + base, e);
        }
    }

    /** Fabrique's address, e.g. {@code http://127.0.0.1:8780/}. */
    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path baseDir() {
        return baseDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server as Ctrl-C does (SIGTERM to the script and WildFly's JVM): WildFly shuts down cleanly. */
    public void stop() {
        signal(false);
    }

    /** Kills the server at once (SIGKILL), as a crash or a power cut would: nothing is shut down cleanly. */
    public void kill() {
        signal(true);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The end of the server's console, to explain a failure. */
    public String consoleTail(int lines) {
        try {
            List<String> all = Files.readAllLines(baseDir.resolve("console.log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no console: " + e + ")";
        }
    }

    private void awaitStarted() {
        URI me = URI.create(url() + "api/me");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting:\n" + consoleTail(60));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(me).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 401) {
                    return;
                }
                if (consoleTail(400).contains("WFLYSRV0026")) {
                    kill();
                    throw new IllegalStateException("The server started with errors:\n" + consoleTail(60));
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException("Interrupted while the server started", e);
            }
            sleep(Duration.ofSeconds(1));
        }
        kill();
        throw new IllegalStateException("The server did not answer within " + START_TIMEOUT + ":\n" + consoleTail(60));
    }

    /** Signals WildFly's JVM and the script that launched it, children first, and waits until both are gone. */
    private void signal(boolean forcibly) {
        List<ProcessHandle> tree = Stream.concat(process.toHandle().descendants(), Stream.of(process.toHandle()))
                .sorted(Comparator.comparing((ProcessHandle p) -> p.equals(process.toHandle())))
                .toList();
        for (ProcessHandle handle : tree) {
            if (forcibly) {
                handle.destroyForcibly();
            } else {
                handle.destroy();
            }
        }
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(forcibly ? 30 : 90, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
