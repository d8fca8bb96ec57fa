package org.fabrique.web.api.prospective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.application.WorkshopSetupService;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;

/** A workshop as the pôle opens it through the API. */
public record WorkshopForm(
        @NotNull(message = "{prospective.cycle.required}") Long cycleId,
        @NotBlank(message = "{prospective.title.required}")
        @Size(max = Workshop.TITLE_MAX_LENGTH, message = "{prospective.title.size}") String title,
        @NotNull(message = "{prospective.kind.required}") WorkshopKind kind,
        Long policyId,
        @NotNull(message = "{prospective.scale.required}") TerritorialScale scale,
        @NotNull(message = "{prospective.president.required}") Long presidentPersonId,
        @Size(max = Workshop.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String organisingCommittee,
        @Size(max = Workshop.TITLE_MAX_LENGTH, message = "{prospective.title.size}") String externalFirm,
        @Size(max = Workshop.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String contract,
        LocalDate start,
        LocalDate end) {

    WorkshopSetupService.NewWorkshop toService() {
        return new WorkshopSetupService.NewWorkshop(cycleId, title, kind, policyId, scale, presidentPersonId,
                organisingCommittee, externalFirm, contract, start, end);
    }
}
