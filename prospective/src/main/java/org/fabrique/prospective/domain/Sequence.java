package org.fabrique.prospective.domain;

/**
 * The three sequences of a workshop: exploratory (the shared knowledge base, ending with 5 to 10
 * issues), resource (looking elsewhere: benchmarks, hearings, visits), scenario (the reference document).
 */
public enum Sequence {
    EXPLORATORY,
    RESOURCE,
    SCENARIO
}
