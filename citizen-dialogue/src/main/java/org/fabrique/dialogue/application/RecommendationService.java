package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.DialogueSessionRepository;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationRepository;
import org.fabrique.dialogue.domain.RecommendationStatus;

/**
 * Citizens' recommendations and the city's answers: the pôle records them, each assigned to a
 * directorate with a due date; that directorate (or the pôle) answers; the pôle publishes the answers.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class RecommendationService {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    DialogueProjectRepository projects;

    @Inject
    DialogueSessionRepository sessions;

    @Inject
    DirectorateRepository directorates;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    @Inject
    DialogueNotices notices;

    /** The list, filtered; a directorate sees only its own recommendations whatever it asks. */
    public Page<RecommendationView> page(Long programmeId, Long directorateId, Boolean overdue, PageRequest request) {
        return page(new RecommendationFilter(programmeId, directorateId, overdue), request);
    }

    /** The list, filtered; a directorate sees only its own recommendations whatever it asks. */
    public Page<RecommendationView> page(RecommendationFilter filter, PageRequest request) {
        return page(filter, List.of(), request);
    }

    /** As {@link #page(RecommendationFilter, PageRequest)}, sorted by the keys of {@link RecommendationFilter#SORT_FIELDS}. */
    public Page<RecommendationView> page(RecommendationFilter filter, List<SortKey> sort, PageRequest request) {
        Caller caller = accounts.me();
        RecommendationFilter allowed = filter;
        if (caller.role() == Role.DIRECTORATE) {
            if (filter.directorateId() != null && !filter.directorateId().equals(caller.directorateId())) {
                return new Page<>(List.of(), request.page(), request.size(), 0);
            }
            allowed = filter.ofDirectorate(caller.directorateId());
        }
        LocalDate today = clock.today();
        return recommendations.page(allowed, sort, today, request).map(r -> RecommendationView.of(r, today, caller));
    }

    public RecommendationView find(long id) {
        Caller caller = accounts.me();
        return RecommendationView.of(visible(id, caller), clock.today(), caller);
    }

    @RolesAllowed(Roles.POLE)
    public RecommendationView record(long projectId, String text, long directorateId, Long sessionId) {
        DialogueProject project = projects.findById(projectId).orElseThrow(() -> new RecordNotFound("project", projectId));
        if (directorates.findById(directorateId).isEmpty()) {
            throw new InvalidInput("directorateId", "dialogue.recommendation.directorateUnknown");
        }
        if (sessionId != null && sessions.findById(sessionId)
                .filter(s -> Objects.equals(s.getProject().getId(), project.getId())).isEmpty()) {
            throw new InvalidInput("sessionId", "dialogue.recommendation.sessionUnknown");
        }
        LocalDate today = clock.today();
        Recommendation recommendation = new Recommendation(project, sessionId, text, directorateId, today,
                project.getProgramme().dueDateFor(today), accounts.me().username());
        Recommendation recorded = recommendations.store(recommendation);
        notices.assigned(recorded);
        return RecommendationView.of(recorded, today, accounts.me());
    }

    /** The city's answer, by the directorate the recommendation is assigned to, or by the pôle. */
    @RolesAllowed({Roles.POLE, Roles.DIRECTORATE})
    public RecommendationView answer(long id, Long expectedVersion, AnswerPosition position, String text,
            String plannedActions) {
        Caller caller = accounts.me();
        Recommendation recommendation = visible(id, caller);
        ExpectedVersion.require(expectedVersion, recommendation.getVersion());
        if (position == AnswerPosition.NOT_RETAINED && (text == null || text.isBlank())) {
            // a missing field, not a conflict with the record's state: 400 naming it
            throw new InvalidInput("text", "dialogue.answer.justificationRequired");
        }
        recommendation.answer(position, text, plannedActions, caller.username(), clock.today(), clock.now());
        return RecommendationView.of(recommendations.store(recommendation), clock.today(), caller);
    }

    @RolesAllowed(Roles.POLE)
    public RecommendationView publish(long id, Long expectedVersion) {
        Recommendation recommendation = visible(id, accounts.me());
        ExpectedVersion.check(expectedVersion, recommendation.getVersion());
        recommendation.publish(clock.now());
        return RecommendationView.of(recommendations.store(recommendation), clock.today(), accounts.me());
    }

    /**
     * Corrects a recommendation the pôle recorded: its text, or the directorate that must answer it (which then takes
     * over the answer and its reminders; both directorates are told), with the reason kept in its history.
     */
    @RolesAllowed(Roles.POLE)
    public RecommendationView correct(long id, Long expectedVersion, String text, long directorateId, String reason) {
        Recommendation recommendation = visible(id, accounts.me());
        ExpectedVersion.require(expectedVersion, recommendation.getVersion());
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "dialogue.recommendation.reasonRequired");
        }
        if (directorates.findById(directorateId).isEmpty()) {
            throw new InvalidInput("directorateId", "dialogue.recommendation.directorateUnknown");
        }
        long former = recommendation.getDirectorateId();
        String formerText = recommendation.getText();
        long change = recommendation.getVersion();
        recommendation.correct(text, directorateId, reason);
        if (former != recommendation.getDirectorateId()) {
            notices.reassigned(recommendation, former, change);
        } else if (!formerText.equals(recommendation.getText())) {
            notices.corrected(recommendation, change);
        }
        return RecommendationView.of(recommendations.store(recommendation), clock.today(), accounts.me());
    }

    /** Whether the caller may publish answers, one by one or in bulk: the pôle. */
    public boolean mayPublishAnswers() {
        return accounts.me().role() == Role.POLE;
    }

    /** How many answers a bulk publication takes at most. */
    public static final int BULK_MAX = 500;

    /**
     * The answers the pôle may publish now, of one programme or of all (at most {@value #BULK_MAX}): what a bulk
     * publication would make public.
     */
    @RolesAllowed(Roles.POLE)
    public List<RecommendationView> awaitingPublication(Long programmeId) {
        Caller caller = accounts.me();
        LocalDate today = clock.today();
        return recommendations.awaitingPublication(programmeId, BULK_MAX).stream()
                .map(r -> RecommendationView.of(r, today, caller)).toList();
    }

    /**
     * Publishes the answers of these recommendations at once: each answered one becomes public (one already public
     * stays as it is); the others are refused one by one, with why, and change nothing.
     */
    @RolesAllowed(Roles.POLE)
    public BulkPublication publishAll(List<Long> ids) {
        List<Long> published = new ArrayList<>();
        List<BulkPublication.Refusal> refused = new ArrayList<>();
        Map<Long, Recommendation> found = new HashMap<>();
        recommendations.findAllById(ids).forEach(r -> found.put(r.getId(), r));
        Instant now = clock.now();
        for (Long id : new LinkedHashSet<>(ids)) {
            Recommendation recommendation = found.get(id);
            if (recommendation == null) {
                refused.add(new BulkPublication.Refusal(id, "dialogue.recommendation.unknown"));
            } else if (recommendation.getStatus() != RecommendationStatus.ANSWERED) {
                refused.add(new BulkPublication.Refusal(id, "dialogue.publication.notAnswered"));
            } else {
                if (!recommendation.isPublished()) {
                    recommendation.publish(now);
                    recommendations.store(recommendation);
                }
                published.add(id);
            }
        }
        return new BulkPublication(published, refused);
    }

    private Recommendation visible(long id, Caller caller) {
        Recommendation recommendation = recommendations.findById(id)
                .orElseThrow(() -> new RecordNotFound("recommendation", id));
        if (caller.role() == Role.DIRECTORATE && !Objects.equals(recommendation.getDirectorateId(), caller.directorateId())) {
            throw new RecordNotFound("recommendation", id);
        }
        return recommendation;
    }
}
