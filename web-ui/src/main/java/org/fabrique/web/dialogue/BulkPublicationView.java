package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.dialogue.application.BulkPublication;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.web.faces.Messages;

/**
 * The pôle publishes answers in bulk from the recommendations page: it opens the list of the answers it may publish
 * (of the page's programme, or of all), each shown as it will read in public and ticked, unticks those to keep back,
 * and confirms; it is then told how many were published and which could not be, and why.
 */
@Named
@ViewScoped
public class BulkPublicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService recommendations;

    @Inject
    Messages messages;

    private List<RecommendationView> candidates;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private Boolean offered;

    /** Opens the list of the answers the pôle may publish now, all of them ticked. */
    public void open(Long programmeId) {
        candidates = recommendations.awaitingPublication(programmeId);
        chosen.clear();
        candidates.forEach(r -> chosen.put(r.id(), Boolean.TRUE));
        if (candidates.isEmpty()) {
            messages.info("dialogue.bulk.none");
            candidates = null;
        }
    }

    public void cancel() {
        candidates = null;
    }

    public void publish() {
        List<Long> ids = candidates.stream().map(RecommendationView::id).filter(id -> Boolean.TRUE.equals(chosen.get(id)))
                .toList();
        if (ids.isEmpty()) {
            messages.error("dialogue.bulk.noneChosen");
            return;
        }
        BulkPublication done = recommendations.publishAll(ids);
        messages.info("dialogue.bulk.done", done.published().size());
        done.refused().forEach(refusal -> messages.error("dialogue.bulk.refused", textOf(refusal.id()),
                messages.validation(refusal.messageKey())));
        candidates = null;
    }

    private String textOf(long id) {
        return candidates.stream().filter(r -> r.id() == id).map(RecommendationView::text).findFirst()
                .orElse(String.valueOf(id));
    }

    /** Whether the page offers bulk publication: its service says whether the caller may publish. */
    public boolean isOffered() {
        if (offered == null) {
            offered = recommendations.mayPublishAnswers();
        }
        return offered;
    }

    public boolean isOpen() {
        return candidates != null;
    }

    public List<RecommendationView> getCandidates() {
        return candidates;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }
}
