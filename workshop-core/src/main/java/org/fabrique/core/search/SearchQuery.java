package org.fabrique.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a person searches for: its words without the French and English small words, and the terms they read
 * into (see {@link FrenchAnalysis}); a record matches when each word reads the same term as a word of its
 * text. The words are runs of letters and digits, so they never carry a query operator.
 */
public record SearchQuery(String text, List<String> words, List<String> stems) {

    /** The longest query read, in characters. */
    public static final int MAX_LENGTH = 200;

    /** The most stems a query keeps. */
    public static final int MAX_STEMS = 8;

    private static final Set<String> SMALL_WORDS = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "dans",
            "sur", "par", "pour", "avec", "the", "of", "and", "or", "in", "on", "for", "to", "an", "with");

    public SearchQuery {
        words = List.copyOf(words);
        stems = List.copyOf(stems);
    }

    /** The query read from what a person typed; it has no stems when nothing searchable was typed. */
    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        Set<String> stems = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        String folded = TextFolding.fold(text);
        for (int[] word : wordBounds(folded)) {
            String stem = FrenchAnalysis.term(text.substring(word[0], word[1]));
            if (!SMALL_WORDS.contains(folded.substring(word[0], word[1])) && stem != null
                    && stems.size() < MAX_STEMS && stems.add(stem)) {
                words.add(text.substring(word[0], word[1]));
            }
        }
        return new SearchQuery(text, words, new ArrayList<>(stems));
    }

    public boolean isEmpty() {
        return stems.isEmpty();
    }

    /** Where the words of a folded text are, start and end: its runs of letters and digits. */
    static List<int[]> wordBounds(String folded) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        return words;
    }
}
