package org.fabrique.core.search;

/** The kinds of records a search finds, in the order their groups are shown. */
public enum SearchKind {
    PROGRAMME, CANDIDATE, RECOMMENDATION, WORKSHOP, EVALUATION
}
