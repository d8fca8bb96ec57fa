package org.fabrique.core.application;

/**
 * One mission's generated volume, for measuring Fabrique at a city's scale ({@code FABRIQUE_GENERATE_SCALE},
 * {@code ./generate.sh --scale N}): on top of the demo, records built through the domain's own transitions, with
 * the demo's visibility rules and confidential parts. Scale 1 is about one year of a large city (50 candidate
 * projects, 40 dialogue projects with their sessions, 300 recommendations in every state, 3 workshops of 25
 * members, 2 evaluations); scale {@code n} is {@code n} times that. Generation is deterministic: the same scale
 * gives the same records.
 * <p>
 * The start-up finds every part with {@code Instance<>}, in their {@link #order()}, and calls {@link #generate}
 * once per step, each step in a transaction of its own (so that a scale of 100 never holds one huge
 * transaction), with the search index's automatic indexing paused: the index is rebuilt once at the end.
 */
public interface GeneratedContent {

    /** Lower generates first, as for {@link DemoContent#order()}. */
    int order();

    /** How many steps (transactions) this part takes at {@code scale} (at least 1). */
    int steps(int scale);

    /**
     * Stores step {@code step} ({@code 0 ≤ step < steps(scale)}) of this part at {@code scale}, inside the
     * transaction the caller opened; may read what earlier steps and earlier parts stored.
     *
     * @return how many records (rows a user would call records: candidates, recommendations, sessions, members…)
     *         this step stored, for the log
     */
    long generate(int step, int scale);
}
