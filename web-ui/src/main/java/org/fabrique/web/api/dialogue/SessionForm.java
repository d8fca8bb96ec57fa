package org.fabrique.web.api.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionGroup;

/** A session as the API receives it; {@code version} is sent when revising one. */
public record SessionForm(
        @NotNull(message = "{dialogue.session.date.required}") LocalDate date,
        @NotBlank(message = "{dialogue.session.place.required}")
        @Size(max = DialogueSession.PLACE_MAX_LENGTH, message = "{dialogue.session.place.size}") String place,
        @NotNull(message = "{dialogue.session.method.required}") ParticipationMethod method,
        @NotNull(message = "{dialogue.session.group.required}") SessionGroup group,
        @NotNull(message = "{dialogue.session.participants.required}")
        @Min(value = 0, message = "{dialogue.session.participants.range}")
        @Max(value = DialogueSession.PARTICIPANTS_MAX, message = "{dialogue.session.participants.range}") Integer participants,
        @Size(max = DialogueSession.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String themes,
        @Size(max = DialogueSession.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String outputs,
        Long version) {

    SessionService.SessionForm toService() {
        return new SessionService.SessionForm(date, place, method, group, participants, themes, outputs);
    }
}
