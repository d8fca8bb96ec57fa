package org.fabrique.web.documents.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a report and the page each starts on. A report is laid out twice: the first pass
 * learns the pages (and the page count) that the second prints in the contents and the footers; the
 * contents take the same room in both passes, so the pages do not move between them.
 */
final class TableOfContents {

    /** A section's title and the page it starts on (0 while not known yet). */
    record Entry(String title, int page) {
    }

    private final List<String> titles = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();

    /** Records the next section's title; its number is its index in {@link #entries()}. */
    int add(String title) {
        titles.add(title);
        pages.add(0);
        return titles.size() - 1;
    }

    /** The page section {@code index} starts on; the first page it was seen on wins. */
    void placed(int index, int page) {
        if (pages.get(index) == 0) {
            pages.set(index, page);
        }
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            entries.add(new Entry(titles.get(i), pages.get(i)));
        }
        return entries;
    }
}
