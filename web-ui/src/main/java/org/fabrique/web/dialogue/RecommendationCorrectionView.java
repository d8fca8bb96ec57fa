package org.fabrique.web.dialogue;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.web.faces.Messages;

/**
 * The pôle's correction of a recommendation, opened under its row of the recommendations page: its text, the
 * directorate that answers it, and why. Whether a row offers it is the service's {@code mayCorrect}.
 */
@Named
@ViewScoped
public class RecommendationCorrectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService recommendations;

    @Inject
    Messages messages;

    private RecommendationView opened;
    private String text;
    private Long directorateId;
    private String reason;

    public void open(RecommendationView recommendation) {
        opened = recommendation;
        text = recommendation.text();
        directorateId = recommendation.directorateId();
        reason = null;
    }

    public void cancel() {
        opened = null;
    }

    public boolean isOpen(RecommendationView recommendation) {
        return opened != null && opened.id() == recommendation.id();
    }

    /** Saves the correction; a refusal shows beside the button that asked for it. */
    public void save(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            recommendations.correct(opened.id(), opened.version(), text, directorateId, reason);
            messages.info("dialogue.recommendation.correctedMessage");
            opened = null;
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (StateConflict e) {
            opened = messages.conflict(e, opened, () -> recommendations.find(opened.id()));
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
