package org.fabrique.web.it.backup;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;

/**
 * Threads that keep drafting candidate projects as the demo's {@code direction}, as people go on working
 * while a backup is taken; each remembers the ids Fabrique confirmed (201), in order.
 */
final class CandidateWriters implements AutoCloseable {

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Long> created = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    CandidateWriters(DialogueApi dialogue, long programmeId, int count) {
        for (int i = 0; i < count; i++) {
            String writer = "writer " + i;
            Thread thread = new Thread(() -> {
                int n = 0;
                while (!stopped.get()) {
                    try {
                        HttpResponse<String> response = dialogue.draft(programmeId, DemoAccounts.DIRECTORATE,
                                dialogue.completeCandidate("Écrit pendant la sauvegarde, " + writer + " n° " + ++n));
                        if (response.statusCode() != 201) {
                            throw new AssertionError("draft refused: " + response.statusCode() + " " + response.body());
                        }
                        created.add(JsonBodies.object(response.body()).getJsonNumber("id").longValue());
                    } catch (Throwable e) {
                        failures.add(e);
                        return;
                    }
                }
            }, "candidate " + writer);
            threads.add(thread);
            thread.start();
        }
    }

    /** Waits until at least {@code n} candidates were confirmed. */
    CandidateWriters awaitCreated(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (created.size() < n && failures.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        check();
        return this;
    }

    /** The candidates confirmed so far. */
    List<Long> created() {
        return List.copyOf(created);
    }

    /** Stops the writers and returns every candidate they created. */
    List<Long> stop() throws InterruptedException {
        stopped.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        check();
        return List.copyOf(created);
    }

    private void check() {
        if (!failures.isEmpty()) {
            throw new AssertionError("a writer failed", failures.get(0));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }
}
