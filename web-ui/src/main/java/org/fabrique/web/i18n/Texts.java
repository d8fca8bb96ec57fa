package org.fabrique.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks texts up in the resource bundles, in a given language. */
@ApplicationScoped
public class Texts {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    static final String PAGES = "org.fabrique.web.i18n.messages";
    static final String VALIDATION = "ValidationMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String page(String key, Locale locale, Object... arguments) {
        return format(PAGES, key, locale, arguments);
    }

    public String validation(String key, Locale locale, Object... arguments) {
        return format(VALIDATION, key, locale, arguments);
    }

    /** French or English, whichever the code names; French for anything else. */
    public static Locale supported(String language) {
        return "en".equalsIgnoreCase(language) ? ENGLISH : FRENCH;
    }

    /** The API answers in English unless the client prefers French. */
    public static Locale apiLocale(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("fr".equals(locale.getLanguage())) {
                return FRENCH;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    /** A day among the arguments is written out in the language, as pages write days ("5 décembre 2026"). */
    private static Object[] days(Object[] arguments, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
            }
        }
        return shown;
    }

    private static String format(String bundle, String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, Texts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(days(arguments, locale));
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
