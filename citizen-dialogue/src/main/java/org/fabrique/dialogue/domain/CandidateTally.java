package org.fabrique.dialogue.domain;

/** How many candidates of an open programme are at one status. */
public record CandidateTally(long programmeId, int year, CandidateStatus status, long count) {
}
