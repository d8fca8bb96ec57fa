package org.fabrique.core.search;

import java.util.List;

/**
 * Turns a record's text into safe HTML where the words a query matched are in {@code <mark>}, those that read
 * one of the query's terms through the index's own {@link FrenchAnalysis}: every other character is escaped. A long text is cut to an excerpt around its first match, marked with an ellipsis
 * where it was cut.
 */
public final class Highlighter {

    /** The longest excerpt, in characters of the text. */
    public static final int EXCERPT_LENGTH = 240;

    private static final int BEFORE_MATCH = 60;

    private Highlighter() {
    }

    /** The whole text, escaped, with the matched words marked; empty for no text. */
    public static String highlight(String text, SearchQuery query) {
        return text == null ? "" : html(text, 0, text.length(), query.stems());
    }

    /** An excerpt of the text around its first match, escaped, with the matched words marked. */
    public static String excerpt(String text, SearchQuery query) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (text.length() <= EXCERPT_LENGTH) {
            return highlight(text, query);
        }
        String folded = TextFolding.fold(text);
        int first = firstMatch(text, folded, query.stems());
        int start = first <= BEFORE_MATCH ? 0 : wordStartAfter(folded, first - BEFORE_MATCH);
        int end = Math.min(text.length(), start + EXCERPT_LENGTH);
        if (end < text.length()) {
            end = wordEndBefore(folded, end, start);
        }
        return (start > 0 ? "… " : "") + html(text, start, end, query.stems()).strip()
                + (end < text.length() ? " …" : "");
    }

    /** Whether the text has a word that reads one of the query's terms. */
    public static boolean matches(String text, SearchQuery query) {
        return text != null && firstMatch(text, TextFolding.fold(text), query.stems()) >= 0;
    }

    private static int firstMatch(String text, String folded, List<String> stems) {
        for (int i = 0; i < folded.length(); i++) {
            if (startsWord(folded, i) && matchesAt(text, folded, i, stems)) {
                return i;
            }
        }
        return -1;
    }

    private static String html(String text, int start, int end, List<String> stems) {
        String folded = TextFolding.fold(text);
        StringBuilder html = new StringBuilder();
        int i = start;
        while (i < end) {
            if (startsWord(folded, i) && matchesAt(text, folded, i, stems)) {
                int wordEnd = Math.min(end, wordEnd(folded, i));
                html.append("<mark>");
                escape(text, i, wordEnd, html);
                html.append("</mark>");
                i = wordEnd;
            } else {
                escape(text, i, i + 1, html);
                i++;
            }
        }
        return html.toString();
    }

    private static boolean matchesAt(String text, String folded, int at, List<String> stems) {
        String term = FrenchAnalysis.term(text.substring(at, wordEnd(folded, at)));
        return term != null && stems.contains(term);
    }

    private static boolean startsWord(String folded, int at) {
        return Character.isLetterOrDigit(folded.charAt(at))
                && (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)));
    }

    private static int wordEnd(String folded, int at) {
        int end = at;
        while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int wordStartAfter(String folded, int from) {
        int at = from;
        while (at < folded.length() && !startsWord(folded, at)) {
            at++;
        }
        return at < folded.length() ? at : from;
    }

    private static int wordEndBefore(String folded, int limit, int start) {
        int at = limit;
        while (at > start && Character.isLetterOrDigit(folded.charAt(at - 1)) && at < folded.length()
                && Character.isLetterOrDigit(folded.charAt(at))) {
            at--;
        }
        return at > start ? at : limit;
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
