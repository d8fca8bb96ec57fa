package org.fabrique.core.domain;

import java.util.List;

/** The kept history of audited records. */
public interface HistoryRepository {

    /**
     * The changes to the records of these scopes, newest first: one query per scope and one for the
     * authors' names, whatever the page.
     */
    Page<HistoryEntry> page(List<HistoryScope<?>> scopes, PageRequest request);
}
