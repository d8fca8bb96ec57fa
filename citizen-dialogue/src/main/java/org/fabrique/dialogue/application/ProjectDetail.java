package org.fabrique.dialogue.application;

import java.util.List;
import org.fabrique.dialogue.domain.ParticipationMethod;

/**
 * One dialogue project with the participation methods its candidate proposed, in the enum's order, and what the
 * caller may do on it now: record its lessons ({@code mayRecordLessons}), record a citizens' recommendation
 * ({@code mayRecommend}).
 */
public record ProjectDetail(ProjectView project, List<ParticipationMethod> methods, boolean mayRecordLessons,
        boolean mayRecommend) {
}
