package org.fabrique.core.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fabrique.core.domain.Notification;

/**
 * Writes the mails of notifications in the recipient's language ("fr" by default, or "en"): a subject,
 * a greeting, the event's text, the link to its page from the application's public address, and how
 * to choose between single mails and a digest.
 */
public final class NotificationTexts {

    private static final String BUNDLE = "org.fabrique.core.application.NotificationTexts";
    private static final String DATE_PREFIX = "date:";
    private static final String VALUE_PREFIX = "#";

    private final String baseUrl;

    /** @param baseUrl the address people open Fabrique at, e.g. {@code http://localhost:8080} */
    public NotificationTexts(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The mail telling one notification on its own. */
    public MailMessage single(Notification notification) {
        Locale locale = locale(notification.getAccount().getLanguage());
        ResourceBundle texts = bundle(locale);
        StringBuilder body = new StringBuilder();
        body.append(format(texts, locale, "greeting", List.of(notification.getAccount().getPerson().getName())))
                .append("\n\n");
        appendEvent(body, texts, locale, notification);
        body.append("\n\n").append(footer(texts, locale));
        return new MailMessage(notification.getAccount().getPerson().getEmail(),
                format(texts, locale, notification.getKind() + ".subject", notification.getArguments()),
                body.toString());
    }

    /**
     * The digest of one account's notifications, in the order given, on {@code day}.
     *
     * @param items not empty, all of the same account
     */
    public MailMessage digest(List<Notification> items, LocalDate day) {
        Notification first = items.get(0);
        Locale locale = locale(first.getAccount().getLanguage());
        ResourceBundle texts = bundle(locale);
        StringBuilder body = new StringBuilder();
        body.append(format(texts, locale, "greeting", List.of(first.getAccount().getPerson().getName())))
                .append("\n\n").append(texts.getString("digest.intro")).append("\n");
        for (Notification item : items) {
            body.append("\n* ").append(format(texts, locale, item.getKind() + ".subject", item.getArguments()))
                    .append("\n");
            appendEvent(body, texts, locale, item);
            body.append("\n");
        }
        body.append("\n").append(footer(texts, locale));
        String subject = format(texts, locale, "digest.subject",
                List.of(DATE_PREFIX + day, String.valueOf(items.size())));
        return new MailMessage(first.getAccount().getPerson().getEmail(), subject, body.toString());
    }

    private void appendEvent(StringBuilder body, ResourceBundle texts, Locale locale, Notification notification) {
        body.append(format(texts, locale, notification.getKind() + ".body", notification.getArguments()))
                .append("\n").append(format(texts, locale, "link", List.of(baseUrl + notification.getLink())));
    }

    private String footer(ResourceBundle texts, Locale locale) {
        return format(texts, locale, "footer", List.of(baseUrl + "/index.xhtml"));
    }

    private static String format(ResourceBundle texts, Locale locale, String key, List<String> arguments) {
        Object[] shown = arguments.stream().map(a -> shown(texts, locale, a)).toArray();
        return new MessageFormat(texts.getString(key), locale).format(shown);
    }

    /** A date in the reader's language, a value's translation, or the text as it is. */
    private static String shown(ResourceBundle texts, Locale locale, String argument) {
        if (argument.startsWith(DATE_PREFIX)) {
            try {
                return LocalDate.parse(argument.substring(DATE_PREFIX.length()))
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            } catch (DateTimeParseException e) {
                return argument; // a person's text that happens to start like a date argument
            }
        }
        if (argument.startsWith(VALUE_PREFIX) && texts.containsKey("value." + argument.substring(1))) {
            return texts.getString("value." + argument.substring(1));
        }
        return argument;
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
