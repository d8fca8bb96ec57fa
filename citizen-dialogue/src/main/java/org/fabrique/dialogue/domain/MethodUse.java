package org.fabrique.dialogue.domain;

/** How much a participation method has been used: by how many dialogue projects, how many with lessons. */
public record MethodUse(ParticipationMethod method, long projects, long withLessons) {
}
