package org.fabrique.dialogue.domain;

/** How many studied candidates of an open programme await the elected officials' decision. */
public record AwaitingArbitration(long programmeId, int year, long studied) {
}
