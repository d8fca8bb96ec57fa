package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.HistoryRepository;
import org.fabrique.core.domain.HistoryScope;
import org.fabrique.core.domain.HistoryScope.Field;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.Answer;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.Recommendation;

/**
 * Who changed what on a candidate (its content, status, feasibility opinion and arbitration), on a
 * recommendation (its text and directorate with the reason of a correction, its due date, status, answer and
 * publication) and on a project's sessions (recorded, corrected, deleted), newest first, for whoever may read
 * the record: a directorate only its own (another's answers 404, as the record does).
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class DialogueHistoryService {

    private static final List<Field<CandidateProject>> CANDIDATE_FIELDS = List.of(
            new Field<>("title", CandidateProject::getTitle),
            new Field<>("scale", CandidateProject::getScale),
            new Field<>("participationLevel", CandidateProject::getParticipationLevel),
            new Field<>("budget", CandidateProject::getBudget),
            new Field<>("status", CandidateProject::getStatus),
            new Field<>("feasibilityOpinion", c -> c.getFeasibility() == null ? null : c.getFeasibility().opinion()),
            new Field<>("feasibilityComment", c -> c.getFeasibility() == null ? null : c.getFeasibility().comment()),
            new Field<>("arbitrationDecision", c -> c.getArbitration() == null ? null : c.getArbitration().decision()),
            new Field<>("arbitrationReason", c -> c.getArbitration() == null ? null : c.getArbitration().reason()));

    private static final List<Field<Recommendation>> RECOMMENDATION_FIELDS = List.of(
            new Field<>("text", Recommendation::getText),
            new Field<>("correctionReason", Recommendation::getCorrectionReason),
            new Field<>("dueDate", Recommendation::getDueDate),
            new Field<>("status", Recommendation::getStatus),
            answer("answerPosition", Answer::position),
            answer("answerText", Answer::text),
            answer("answerPlannedActions", Answer::plannedActions),
            new Field<>("published", Recommendation::isPublished));

    private static final List<Field<DialogueSession>> SESSION_FIELDS = List.of(
            new Field<>("date", DialogueSession::getDate),
            new Field<>("place", DialogueSession::getPlace),
            new Field<>("method", DialogueSession::getMethod),
            new Field<>("group", DialogueSession::getGroup),
            new Field<>("participants", DialogueSession::getParticipants),
            new Field<>("themes", DialogueSession::getThemes),
            new Field<>("outputs", DialogueSession::getOutputs));

    @Inject
    CandidateService candidates;

    @Inject
    ProjectService projects;

    @Inject
    RecommendationService recommendations;

    @Inject
    HistoryRepository history;

    @Inject
    DirectorateRepository directorates;

    /** @throws org.fabrique.core.application.RecordNotFound when the caller may not know the candidate */
    public Page<HistoryEntry> candidate(long id, PageRequest request) {
        candidates.find(id);
        return history.page(List.of(HistoryScope.record(CandidateProject.class, "candidate", id, CANDIDATE_FIELDS)),
                request);
    }

    /** @throws org.fabrique.core.application.RecordNotFound when the caller may not know the recommendation */
    public Page<HistoryEntry> recommendation(long id, PageRequest request) {
        recommendations.find(id);
        Map<Long, String> names = directorates.all().stream()
                .collect(Collectors.toMap(Directorate::getId, Directorate::getName));
        List<Field<Recommendation>> fields = new ArrayList<>(RECOMMENDATION_FIELDS);
        fields.add(1, new Field<>("directorate", r -> names.get(r.getDirectorateId())));
        return history.page(List.of(HistoryScope.record(Recommendation.class, "recommendation", id, fields)), request);
    }

    /**
     * The history of a project's sessions, each named by its place, deleted ones included: for whoever reads the
     * sessions.
     *
     * @throws org.fabrique.core.application.RecordNotFound when the caller may not know the project
     */
    @RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
    public Page<HistoryEntry> project(long id, PageRequest request) {
        projects.find(id);
        return history.page(List.of(HistoryScope.related(DialogueSession.class, "session", "project", id,
                SESSION_FIELDS).labelled(DialogueSession::getPlace)), request);
    }

    private static Field<Recommendation> answer(String name,
            Function<Answer, Object> value) {
        return new Field<>(name, r -> r.getAnswer() == null ? null : value.apply(r.getAnswer()));
    }
}
