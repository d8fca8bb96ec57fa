package org.fabrique.prospective.application;

import java.time.LocalDate;
import org.fabrique.prospective.domain.ActionStatus;

/** An action of the plan; {@code mayUpdate} when the caller may say where it stands now. */
public record ActionView(long id, String recommendation, String title, long directorateId, String directorateName,
        String pilot, LocalDate deadline, ActionStatus status, int progress, long version, boolean mayUpdate) {
}
