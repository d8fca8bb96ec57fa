package org.fabrique.web.documents.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.fabrique.core.domain.Percent;
import org.fabrique.web.i18n.Texts;

/** A report's words, dates and shares in its reader's language, from the page bundles. */
final class ReportTexts {

    private final Texts texts;
    private final Locale locale;
    private final ZoneId zone;

    ReportTexts(Texts texts, Locale locale, ZoneId zone) {
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return texts.page(key, locale, arguments);
    }

    /** A day as the reader reads it, e.g. "12 mai 2026"; empty for none. */
    String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    /** A share as a whole percentage ("87 %" in French, "87%" in English); a dash for none. */
    String percent(Double share) {
        return share == null ? "—" : text("report.percent", Percent.of(share));
    }
}
