package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.prospective.application.IssueHistoryService;
import org.fabrique.web.history.HistoryTimeline;

/** The history of the issues and resources of the workshop of prospective/workshop.xhtml. */
@Named
@ViewScoped
public class WorkshopIssuesHistoryView extends HistoryTimeline {

    private static final long serialVersionUID = 1L;

    @Inject
    IssueHistoryService history;

    @Override
    protected Page<HistoryEntry> entries(long id, PageRequest request) {
        return history.page(id, request);
    }
}
