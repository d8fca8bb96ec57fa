package org.fabrique.prospective.application;

/** A workshop's group, and whether its size is outside the range the seed gives (15 to 30). */
public record GroupView(java.util.List<ParticipantView> participants, boolean sizeOutsideRange) {
}
