package org.fabrique.prospective.application;

import java.time.LocalDate;
import org.fabrique.prospective.domain.Sequence;

public record MinutesView(long sessionId, Sequence sequence, LocalDate date, String minutes) {
}
