package org.fabrique.prospective.application;

import java.time.Instant;

/** The note written for outside readers, and whether it is published. */
public record SynthesisView(long workshopId, String title, String text, Instant publishedAt) {
}
