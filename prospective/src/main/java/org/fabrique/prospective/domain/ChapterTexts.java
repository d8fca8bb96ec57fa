package org.fabrique.prospective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The full text of the five chapters of a reference document, as a value: a chapter may be empty
 * (the empty string), never null, and holds at most {@value #MAX_LENGTH} characters.
 */
@Embeddable
public class ChapterTexts {

    public static final int MAX_LENGTH = 20000;

    @Column(nullable = false, length = MAX_LENGTH)
    private String issues;

    @Column(nullable = false, length = MAX_LENGTH)
    private String positioning;

    @Column(nullable = false, length = MAX_LENGTH)
    private String specificChoices;

    @Column(nullable = false, length = MAX_LENGTH)
    private String recommendations;

    @Column(nullable = false, length = MAX_LENGTH)
    private String conditionsOfSuccess;

    protected ChapterTexts() {
        // for JPA
    }

    /** The five texts, by chapter; a chapter left out is empty. */
    public ChapterTexts(Map<Chapter, String> texts) {
        Objects.requireNonNull(texts, "texts is required");
        this.issues = clean(texts.get(Chapter.ISSUES), Chapter.ISSUES);
        this.positioning = clean(texts.get(Chapter.POSITIONING), Chapter.POSITIONING);
        this.specificChoices = clean(texts.get(Chapter.SPECIFIC_CHOICES), Chapter.SPECIFIC_CHOICES);
        this.recommendations = clean(texts.get(Chapter.RECOMMENDATIONS), Chapter.RECOMMENDATIONS);
        this.conditionsOfSuccess = clean(texts.get(Chapter.CONDITIONS_OF_SUCCESS), Chapter.CONDITIONS_OF_SUCCESS);
    }

    public static ChapterTexts empty() {
        return new ChapterTexts(Map.of());
    }

    private static String clean(String text, Chapter chapter) {
        if (text == null) {
            return "";
        }
        String stripped = text.replace("\r\n", "\n").strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(chapter + " must be at most " + MAX_LENGTH + " characters, got "
                    + stripped.length());
        }
        return stripped;
    }

    public String text(Chapter chapter) {
        return switch (Objects.requireNonNull(chapter, "chapter is required")) {
            case ISSUES -> issues;
            case POSITIONING -> positioning;
            case SPECIFIC_CHOICES -> specificChoices;
            case RECOMMENDATIONS -> recommendations;
            case CONDITIONS_OF_SUCCESS -> conditionsOfSuccess;
        };
    }

    public Map<Chapter, String> asMap() {
        EnumMap<Chapter, String> map = new EnumMap<>(Chapter.class);
        for (Chapter chapter : Chapter.values()) {
            map.put(chapter, text(chapter));
        }
        return map;
    }

    /** The same texts, one chapter replaced. */
    public ChapterTexts with(Chapter chapter, String text) {
        Map<Chapter, String> map = asMap();
        map.put(chapter, text);
        return new ChapterTexts(map);
    }

    /**
     * The same texts with the first occurrence of {@code passage} in the chapter replaced by
     * {@code replacement}; unchanged when the passage is blank or not found there.
     */
    public ChapterTexts replacing(Chapter chapter, String passage, String replacement) {
        String text = text(chapter);
        if (passage == null || passage.isBlank() || !text.contains(passage.strip())) {
            return this;
        }
        return with(chapter, text.replaceFirst(java.util.regex.Pattern.quote(passage.strip()),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    public boolean isEmpty() {
        return Arrays.stream(Chapter.values()).allMatch(c -> text(c).isEmpty());
    }

    /** The paragraphs of a chapter: its non-blank lines, stripped of a leading bullet. */
    public List<String> paragraphs(Chapter chapter) {
        return text(chapter).lines().map(String::strip).map(l -> l.replaceFirst("^[-•*]\\s*", ""))
                .filter(l -> !l.isEmpty()).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChapterTexts that && asMap().equals(that.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }
}
