package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.prospective.application.DocumentHistoryService;
import org.fabrique.web.history.HistoryTimeline;

/** The history of the reference document of prospective/document.xhtml: versions, adoption, amendments (members and the pôle only, as the page). */
@Named
@ViewScoped
public class DocumentHistoryView extends HistoryTimeline {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentHistoryService history;

    @Override
    protected Page<HistoryEntry> entries(long id, PageRequest request) {
        return history.page(id, request);
    }
}
