package org.fabrique.prospective.domain;

/**
 * What a workshop draws on: the exploratory sequence's knowledge base (diagnostics, reviews, data on
 * beneficiaries and non-beneficiaries, actors, levers) and the resource sequence's looking elsewhere
 * (benchmarks, expert hearings, site visits).
 */
public enum ResourceType {
    DIAGNOSTIC(Sequence.EXPLORATORY),
    REVIEW(Sequence.EXPLORATORY),
    DATA(Sequence.EXPLORATORY),
    ACTORS(Sequence.EXPLORATORY),
    LEVERS(Sequence.EXPLORATORY),
    BENCHMARK(Sequence.RESOURCE),
    EXPERT_HEARING(Sequence.RESOURCE),
    SITE_VISIT(Sequence.RESOURCE);

    private final Sequence sequence;

    ResourceType(Sequence sequence) {
        this.sequence = sequence;
    }

    /** The sequence it belongs to. */
    public Sequence sequence() {
        return sequence;
    }
}
