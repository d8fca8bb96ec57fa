package org.fabrique.web.documents;

import java.util.List;
import java.util.Locale;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.web.i18n.Texts;

/**
 * The one rule for the language of every download, PDF document or CSV/Excel export: {@code ?lang=fr} or
 * {@code ?lang=en} when asked (anything else is refused, naming {@code lang}), otherwise the request's
 * {@code Accept-Language} as everywhere in the API. The pages' download links always name the page's language.
 */
public final class DownloadLanguage {

    private DownloadLanguage() {
    }

    public static Locale of(String lang, List<Locale> acceptable) {
        if (lang == null || lang.isBlank()) {
            return Texts.apiLocale(acceptable);
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> Texts.FRENCH;
            case "en" -> Texts.ENGLISH;
            default -> throw new InvalidInput("lang", "download.lang.invalid");
        };
    }
}
