package org.fabrique.core.search;

/**
 * Folds text for matching: lower case, accents removed, punctuation turned into spaces, one character
 * for one character so that positions in the folded text are positions in the original (the highlighting
 * marks the original text where its folded words match).
 */
public final class TextFolding {

    /** The characters replaced, after lower-casing; each by the character at the same place in {@link #TO}. */
    static final String FROM = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ'’-_(),.;:!?\"«»/\n\r\t";

    /** The replacements of {@link #FROM}. */
    static final String TO = "aaaaaaceeeeiiiinooooouuuuyyoa" + " ".repeat(19);

    private TextFolding() {
    }

    public static char fold(char c) {
        char lower = Character.toLowerCase(c);
        int at = FROM.indexOf(lower);
        return at < 0 ? lower : TO.charAt(at);
    }

    /** The folded text, of the same length as {@code text}. */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }
}
