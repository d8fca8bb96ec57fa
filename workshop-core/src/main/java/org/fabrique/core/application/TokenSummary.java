package org.fabrique.core.application;

import java.time.Instant;
import java.time.LocalDate;

/** A token as its owner sees it: never its secret. */
public record TokenSummary(long id, String name, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt) {
}
