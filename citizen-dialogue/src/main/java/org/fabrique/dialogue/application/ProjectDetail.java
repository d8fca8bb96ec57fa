package org.fabrique.dialogue.application;

import java.util.List;
import org.fabrique.dialogue.domain.ParticipationMethod;

/** One dialogue project with the participation methods its candidate proposed, in the enum's order. */
public record ProjectDetail(ProjectView project, List<ParticipationMethod> methods) {
}
