package org.fabrique.web.history;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Objects;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.web.faces.PagedModel;

/**
 * The history section of a record's page (WEB-INF/templates/history-timeline.xhtml): its timeline, a
 * page at a time, newest first. A page's own bean says whose history it reads.
 */
public abstract class HistoryTimeline implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoryTexts texts;

    private Long recordId;
    private PagedModel<HistoryRow> model;

    /** The timeline of the record {@code id} (the host page's), built once per view. */
    public PagedModel<HistoryRow> model(Long id) {
        if (model == null || !Objects.equals(recordId, id)) {
            recordId = id;
            model = new PagedModel<>(request -> entries(id, request).map(texts::row), HistoryRow::key);
        }
        return model;
    }

    /** The record's history, as its module's service lets the caller read it. */
    protected abstract Page<HistoryEntry> entries(long id, PageRequest request);
}
