package org.fabrique.prospective.domain;

/** How many amendments of a workshop wait for the group's decision. */
public record UndecidedAmendments(long workshopId, String workshopTitle, long count) {
}
