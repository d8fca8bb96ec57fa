package org.fabrique.web.history;

import java.util.List;

/**
 * One line of a timeline as the page shows it: when, who, which record and what happened, with each
 * changed field as "label : old value → new value", every text already in the reader's language.
 */
public record HistoryRow(String key, String when, String author, String record, String action,
        List<String> changes) {
}
