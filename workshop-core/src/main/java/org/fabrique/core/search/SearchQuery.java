package org.fabrique.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a person searches for, read into stems (see {@link FrenchStemmer}) without the French and English
 * small words; a record matches when each stem starts one of the words of its text.
 */
public record SearchQuery(String text, List<String> stems) {

    /** The longest query read, in characters. */
    public static final int MAX_LENGTH = 200;

    /** The most stems a query keeps. */
    public static final int MAX_STEMS = 8;

    private static final Set<String> SMALL_WORDS = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "dans",
            "sur", "par", "pour", "avec", "the", "of", "and", "or", "in", "on", "for", "to", "an", "with");

    public SearchQuery {
        stems = List.copyOf(stems);
    }

    /** The query read from what a person typed; it has no stems when nothing searchable was typed. */
    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(TextFolding.fold(text))) {
            if (!SMALL_WORDS.contains(word) && stems.size() < MAX_STEMS) {
                stems.add(FrenchStemmer.stem(word));
            }
        }
        return new SearchQuery(text, new ArrayList<>(stems));
    }

    public boolean isEmpty() {
        return stems.isEmpty();
    }

    /** The words of a folded text: its runs of letters and digits. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
