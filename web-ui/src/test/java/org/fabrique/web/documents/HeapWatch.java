package org.fabrique.web.documents;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * How much the heap grows while a document is written, for the tests that a long export or report stays in
 * bounded memory. The baseline is the heap in use after full collections ({@link System#gc()}, three times)
 * just before the work; while it runs, the test calls {@link #sample()} (directly, every n rows through
 * {@link #every(int)}, or every n bytes written to a {@link #sink(long) sink}), and each sample is the heap in
 * use after a full collection: what the work still holds at that moment, not its garbage. The growth is the
 * largest sample less the baseline.
 *
 * <p>A full collection takes some tens of milliseconds, so samples are counted in tens, not thousands. It
 * measures nothing when explicit collections are disabled or made concurrent ({@link #measures()}), as a JVM
 * may be told to; the tests then fail, saying so, rather than report the garbage as growth or pass unmeasured.
 */
public final class HeapWatch {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MEGABYTE = 1024 * 1024;

    private final long baseline;
    private long peak;
    private int samples;

    private HeapWatch(long baseline) {
        this.baseline = baseline;
        this.peak = baseline;
    }

    /** Whether {@link System#gc()} runs a full, stop-the-world collection here, as the measure needs. */
    public static boolean measures() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return !options.contains("-XX:+DisableExplicitGC") && !options.contains("-XX:+ExplicitGCInvokesConcurrent");
    }

    /** Starts watching: the heap in use now, once collected, is the baseline. */
    public static HeapWatch start() {
        return new HeapWatch(settled(3));
    }

    /** Collects, then keeps the heap in use if it is the largest seen. */
    public void sample() {
        peak = Math.max(peak, settled(1));
        samples++;
    }

    /** Something to call once per item (a row, a page) that samples at every {@code n}th call. */
    public Runnable every(int n) {
        int[] calls = {0};
        return () -> {
            if (++calls[0] % n == 0) {
                sample();
            }
        };
    }

    /** A stream that counts and discards what is written to it, sampling every {@code bytes} bytes. */
    public Sink sink(long bytes) {
        return new Sink(bytes);
    }

    /** The largest heap in use seen by a sample, less the baseline; 0 if it never rose above it. */
    public long growth() {
        return Math.max(0, peak - baseline);
    }

    public double growthMegabytes() {
        return growth() / MEGABYTE;
    }

    public long baseline() {
        return baseline;
    }

    public int samples() {
        return samples;
    }

    @Override
    public String toString() {
        return String.format("heap growth %.1f MB (baseline %.1f MB, %d samples)", growthMegabytes(),
                baseline / MEGABYTE, samples);
    }

    private static long settled(int collections) {
        for (int i = 0; i < collections; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** An output stream that keeps nothing: it counts the bytes and samples the heap as they pass. */
    public final class Sink extends OutputStream {

        private final long every;
        private long count;
        private long next;

        private Sink(long every) {
            this.every = every;
            this.next = every;
        }

        @Override
        public void write(int b) {
            passed(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            passed(len);
        }

        /** How many bytes were written. */
        public long count() {
            return count;
        }

        private void passed(int bytes) {
            count += bytes;
            if (count >= next) {
                next = count + every;
                sample();
            }
        }
    }
}
