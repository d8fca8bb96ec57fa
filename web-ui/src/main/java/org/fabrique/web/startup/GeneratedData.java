package org.fabrique.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.fabrique.core.application.GeneratedContent;

/**
 * The generated volume of {@code FABRIQUE_GENERATE_SCALE}: every {@link GeneratedContent} found, in their order,
 * step by step, each step in a transaction of its own ({@link GeneratedStep}), after the demo on an empty
 * database. The search index is rebuilt once afterwards by the start-up.
 */
@ApplicationScoped
public class GeneratedData {

    /** The variable that asks for it, and its bounds. */
    static final String VARIABLE = "FABRIQUE_GENERATE_SCALE";
    static final int MAX_SCALE = 1000;

    private static final Logger LOG = Logger.getLogger(GeneratedData.class.getName());

    @Inject
    Instance<GeneratedContent> contents;

    @Inject
    GeneratedStep step;

    /**
     * The scale asked for by {@code value} (the variable's text): 0 when absent or blank, else a whole number
     * from 1 to {@value #MAX_SCALE}; anything else stops the start with a message naming the variable.
     */
    static int scaleOf(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int scale = Integer.parseInt(value.strip());
            if (scale >= 1 && scale <= MAX_SCALE) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalStateException(VARIABLE + " must be a whole number from 1 to " + MAX_SCALE + ", not '"
                + value + "'");
    }

    /** Generates every part at {@code scale}; logs each part's records and time. */
    public void generate(int scale) {
        List<GeneratedContent> ordered = new ArrayList<>();
        contents.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(GeneratedContent::order));
        long started = System.nanoTime();
        long total = 0;
        for (GeneratedContent content : ordered) {
            long partStarted = System.nanoTime();
            long records = 0;
            int steps = content.steps(scale);
            for (int i = 0; i < steps; i++) {
                records += step.run(content, i, scale);
            }
            total += records;
            long part = records;
            LOG.info(() -> "Generated at scale " + scale + ": " + part + " records of " + simpleName(content) + " in "
                    + steps + " steps, " + (System.nanoTime() - partStarted) / 1_000_000 + " ms");
        }
        long all = total;
        LOG.info(() -> "Generated at scale " + scale + ": " + all + " records in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
    }

    private static String simpleName(GeneratedContent content) {
        String name = content.getClass().getSimpleName();
        int proxy = name.indexOf('$');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }
}
