package org.fabrique.core.search;

import java.util.List;

/**
 * A light French stemmer on folded words (see {@link TextFolding}): it strips the plural and the common
 * derivational endings, so that "équipement", "équipements" and "équiper" share the stem "equip". A
 * stem keeps at least {@value #MIN_STEM} letters; shorter words are kept whole.
 */
public final class FrenchStemmer {

    static final int MIN_STEM = 4;

    /** Longest first: the first ending that leaves a long enough stem is stripped. */
    private static final List<String> ENDINGS = List.of(
            "issements", "issement", "atrices", "atrice", "ateurs", "ateur", "ations", "ation", "ements", "ement",
            "ennes", "enne", "ences", "ence", "ances", "ance", "ismes", "isme", "istes", "iste", "iques", "ique",
            "ables", "able", "euses", "euse", "ives", "ive", "ites", "ite", "eaux", "eau", "aux", "eux", "ers", "er",
            "ees", "ee", "es", "ifs", "if", "s", "x", "e");

    private FrenchStemmer() {
    }

    public static String stem(String foldedWord) {
        for (String ending : ENDINGS) {
            if (foldedWord.endsWith(ending) && foldedWord.length() - ending.length() >= MIN_STEM) {
                return foldedWord.substring(0, foldedWord.length() - ending.length());
            }
        }
        return foldedWord;
    }
}
