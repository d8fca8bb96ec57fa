package org.fabrique.web.documents.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.fabrique.core.application.CityClock;
import org.fabrique.web.i18n.Texts;

/** The words of an export in its reader's language: headers, enum values, yes and no. */
record Wording(Texts texts, Locale locale) {

    String text(String key, Object... arguments) {
        return texts.page(key, locale, arguments);
    }

    /** An enum value as the page shows it ({@code prefix + name}); empty when there is none. */
    String value(String prefix, Enum<?> value) {
        return value == null ? "" : texts.page(prefix + value.name(), locale);
    }

    String yesNo(boolean value) {
        return texts.page(value ? "export.yes" : "export.no", locale);
    }

    /** The day an instant fell on in the city. */
    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, CityClock.ZONE);
    }
}
