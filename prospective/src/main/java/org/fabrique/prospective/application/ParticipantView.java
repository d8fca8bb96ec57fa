package org.fabrique.prospective.application;

import java.time.Instant;
import org.fabrique.prospective.domain.ParticipantCategory;

public record ParticipantView(long personId, String displayName, ParticipantCategory category,
        Instant charterAcknowledgedAt) {
}
