package org.fabrique.prospective.application;

import java.time.Instant;

public record VersionSummary(int number, PersonName submittedBy, Instant submittedAt) {
}
