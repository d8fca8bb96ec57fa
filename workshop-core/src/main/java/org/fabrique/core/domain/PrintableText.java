package org.fabrique.core.domain;

import java.util.Optional;

/**
 * The one rule for text a person types, whatever the field and the way in (a page or the API): no
 * control character (a line break or a tab only in a text of several lines), no lone half of a surrogate
 * pair, no Unicode non-character. Such characters are invisible on a page, break exports and logs, and
 * are never what someone meant to write.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * Why {@code text} is refused, as a message key of {@code ValidationMessages} ({@code text.control},
     * {@code text.unicode}), or empty when it is fine (null is fine: whether a field is required is
     * another rule).
     *
     * @param multiline whether line breaks and tabs are allowed
     */
    public static Optional<String> problem(String text, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                    if ((codePoint & 0xFFFE) == 0xFFFE) {
                        return Optional.of("text.unicode");
                    }
                    i++;
                    continue;
                }
                return Optional.of("text.unicode");
            }
            if (Character.isLowSurrogate(c) || (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of("text.unicode");
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(multiline && lineBreakOrTab))
                    || ((c == '\u2028' || c == '\u2029') && !multiline)) {
                return Optional.of("text.control");
            }
        }
        return Optional.empty();
    }
}
