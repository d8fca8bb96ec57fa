package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.application.DialogueHistoryService;
import org.fabrique.web.history.HistoryTimeline;

/** The history of the sessions of the project of dialogue/project.xhtml: recorded, corrected, deleted. */
@Named
@ViewScoped
public class ProjectHistoryView extends HistoryTimeline {

    private static final long serialVersionUID = 1L;

    @Inject
    DialogueHistoryService history;

    @Override
    protected Page<HistoryEntry> entries(long id, PageRequest request) {
        return history.project(id, request);
    }
}
