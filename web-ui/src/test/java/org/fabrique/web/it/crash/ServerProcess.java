package org.fabrique.web.it.crash;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provisioned WildFly of {@code target/server}, run as its own operating-system process with its own
 * base directory (a copy of the configuration and the WAR), its own H2 data folder and its own ports, as
 * {@code ./start.sh} runs it: a test can then stop it the hard way ({@code kill -9}) and start it again
 * on the same data.
 */
final class ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path server;
    private final Path base;
    private final Path dataDir;
    private final int portOffset;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    ServerProcess(Path server, Path base, Path dataDir, int portOffset) {
        this.server = server;
        this.base = base;
        this.dataDir = dataDir;
        this.portOffset = portOffset;
    }

    /** A fresh base directory holding the provisioned configuration and WAR, and an empty data folder. */
    void prepareFresh() throws IOException {
        deleteTree(base);
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        copyTree(server.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(server.resolve("standalone/deployments/ROOT.war"), base.resolve("deployments/ROOT.war"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return base.resolve("log/server.log");
    }

    /** Starts the server and waits until Fabrique answers (the 401 of {@code /api/me} without credentials). */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + portOffset, "-b", "127.0.0.1"));
        Map<String, String> env = builder.environment();
        env.put("FABRIQUE_DATA_DIR", dataDir.toString());
        env.remove("FABRIQUE_DB_URL");
        String writeDelay = System.getProperty("crash.write.delay", "");
        if (!writeDelay.isBlank()) {
            // only to show what the crash test finds without Fabrique's setting (H2's default is 500 ms)
            env.put("FABRIQUE_DB_URL", "jdbc:h2:file:" + dataDir + "/fabrique;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=" + writeDelay);
        }
        env.put("FABRIQUE_DB_DRIVER", "h2");
        env.put("FABRIQUE_DEMO_DATA", "true");
        env.put("FABRIQUE_INDEX_DIR", base.resolve("index").toString());
        env.put("FABRIQUE_SMTP_PORT", String.valueOf(2525 + portOffset));
        env.put("FABRIQUE_MAIL_INTERVAL_SECONDS", "86400");
        env.put("FABRIQUE_REMINDER_FIRST_RUN_SECONDS", "86400");
        env.put("FABRIQUE_REMINDER_INTERVAL_SECONDS", "86400");
        Files.createDirectories(base.resolve("log"));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("log/console.log").toFile()));
        process = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + base.resolve("log"));
            }
            if (answers()) {
                return;
            }
            if (Files.exists(log()) && Files.readString(log()).contains("WFLYSRV0026")) {
                throw new IllegalStateException("the server started with errors; see " + log());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not answer within " + START_TIMEOUT + "; see " + base.resolve("log"));
    }

    private boolean answers() throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url().toURI().resolve("api/me"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 401;
        } catch (IOException | java.net.URISyntaxException e) {
            return false;
        }
    }

    /** {@code kill -9} of the JVM and of the script that launched it: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
        process.waitFor();
        process = null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
