package org.fabrique.dialogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fabrique.core.application.NotificationEvent;
import org.fabrique.core.application.Notifications;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.domain.NotificationKind;
import org.fabrique.core.domain.Role;
import org.fabrique.dialogue.domain.AnswerReminder;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.Recommendation;

/**
 * Who the citizen-dialogue events are mailed to, and with what: queued through the core's
 * {@link Notifications} in the transaction of the change.
 */
@ApplicationScoped
public class DialogueNotices {

    @Inject
    Notifications notifications;

    @Inject
    DirectorateRepository directorates;

    /** To the pôle: a directorate submitted a candidate. */
    public void submitted(CandidateProject candidate) {
        notifications.toRole(Role.POLE, NotificationEvent.of(DialogueMails.CANDIDATE_SUBMITTED,
                candidateKey(candidate, "submitted"), candidateLink(candidate), candidate.getTitle(),
                directorateName(candidate.getDirectorateId())));
    }

    /** To the candidate's directorate: the pôle recorded its feasibility opinion. */
    public void feasibilityRecorded(CandidateProject candidate) {
        notifications.toDirectorate(candidate.getDirectorateId(), NotificationEvent.of(
                DialogueMails.FEASIBILITY_RECORDED, candidateKey(candidate, "feasibility:" + candidate.getVersion()),
                candidateLink(candidate), candidate.getTitle(), "#" + candidate.getFeasibility().opinion()));
    }

    /** To the candidate's directorate: the elected officials decided. */
    public void arbitrated(CandidateProject candidate) {
        notifications.toDirectorate(candidate.getDirectorateId(), NotificationEvent.of(
                DialogueMails.CANDIDATE_ARBITRATED, candidateKey(candidate, "arbitration:" + candidate.getVersion()),
                candidateLink(candidate), candidate.getTitle(), "#" + candidate.getArbitration().decision()));
    }

    /** To the recommendation's directorate: it awaits their answer. */
    public void assigned(Recommendation recommendation) {
        notifications.toDirectorate(recommendation.getDirectorateId(), recommendationEvent(
                DialogueMails.RECOMMENDATION_ASSIGNED, "recommendation:" + recommendation.getId() + ":assigned",
                recommendation));
    }

    /**
     * A recommendation reassigned by the pôle: the former directorate is told it no longer answers it (and why), the
     * new one that it awaits its answer. {@code change} is the version the correction was made on.
     */
    public void reassigned(Recommendation recommendation, long formerDirectorateId, long change) {
        String key = "recommendation:" + recommendation.getId() + ":reassigned:" + change;
        notifications.toDirectorate(formerDirectorateId, NotificationEvent.of(DialogueMails.RECOMMENDATION_REASSIGNED,
                key + ":from", recommendationLink(recommendation), recommendation.getText(),
                directorateName(recommendation.getDirectorateId()), recommendation.getCorrectionReason()));
        notifications.toDirectorate(recommendation.getDirectorateId(), recommendationEvent(
                DialogueMails.RECOMMENDATION_ASSIGNED, key + ":to", recommendation));
    }

    /** To the recommendation's directorate: the pôle corrected its text (and why). */
    public void corrected(Recommendation recommendation, long change) {
        notifications.toDirectorate(recommendation.getDirectorateId(), NotificationEvent.of(
                DialogueMails.RECOMMENDATION_CORRECTED, "recommendation:" + recommendation.getId() + ":corrected:"
                        + change, recommendationLink(recommendation), recommendation.getText(),
                recommendation.getCorrectionReason()));
    }

    /** A reminder of an answer due soon or overdue; returns how many people it was queued for. */
    public int remind(Recommendation recommendation, AnswerReminder reminder) {
        String key = reminder.eventKey(recommendation.getId());
        return switch (reminder) {
            case DUE_SOON -> notifications.toDirectorate(recommendation.getDirectorateId(),
                    recommendationEvent(DialogueMails.RECOMMENDATION_DUE_SOON, key, recommendation));
            case OVERDUE -> notifications.toDirectorate(recommendation.getDirectorateId(),
                    recommendationEvent(DialogueMails.RECOMMENDATION_OVERDUE, key, recommendation));
            case ESCALATED -> notifications.toRole(Role.POLE, NotificationEvent.of(
                    DialogueMails.RECOMMENDATION_ESCALATED, key, recommendationLink(recommendation),
                    recommendation.getText(), "date:" + recommendation.getDueDate(),
                    directorateName(recommendation.getDirectorateId())));
        };
    }

    private static NotificationEvent recommendationEvent(NotificationKind kind, String key,
            Recommendation recommendation) {
        return NotificationEvent.of(kind, key, recommendationLink(recommendation), recommendation.getText(),
                "date:" + recommendation.getDueDate());
    }

    private String directorateName(long directorateId) {
        return directorates.findById(directorateId).map(NamedReference::getName).orElse("");
    }

    private static String candidateKey(CandidateProject candidate, String event) {
        return "candidate:" + candidate.getId() + ":" + event;
    }

    private static String candidateLink(CandidateProject candidate) {
        return "/dialogue/candidate.xhtml?id=" + candidate.getId();
    }

    private static String recommendationLink(Recommendation recommendation) {
        return "/dialogue/recommendations.xhtml?programme=" + recommendation.getProject().getProgramme().getId();
    }
}
