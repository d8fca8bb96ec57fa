package org.fabrique.prospective.application;

import java.util.Arrays;
import java.util.List;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;

/** One chapter's text. */
public record ChapterText(Chapter chapter, String text) {
    static List<ChapterText> of(ChapterTexts texts) {
        return Arrays.stream(Chapter.values()).map(c -> new ChapterText(c, texts.text(c))).toList();
    }
}
