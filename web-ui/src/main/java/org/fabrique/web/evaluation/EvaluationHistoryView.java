package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.evaluation.application.EvaluationHistoryService;
import org.fabrique.web.history.HistoryTimeline;

/** The history of the evaluation of evaluation/evaluation.xhtml and of its recommendations. */
@Named
@ViewScoped
public class EvaluationHistoryView extends HistoryTimeline {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationHistoryService history;

    @Override
    protected Page<HistoryEntry> entries(long id, PageRequest request) {
        return history.page(id, request);
    }
}
