package org.fabrique.core.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fabrique.core.domain.Notification;
import org.fabrique.core.domain.NotificationKind;

/**
 * Writes the mails of notifications in the recipient's language ("fr" by default, or "en"): a subject,
 * a greeting, the event's text, the link to its page from the application's public address, and how
 * to choose between single mails and a digest. The subject and text of each kind come from the mission that
 * sends it ({@link MailTexts}); the greeting, the link, the footer and the digest's words are the core's.
 */
public final class NotificationTexts {

    private static final String BUNDLE = "org.fabrique.core.application.NotificationTexts";
    private static final String DATE_PREFIX = "date:";
    private static final String VALUE_PREFIX = "#";

    private final String baseUrl;
    private final List<MailTexts> missions;

    /**
     * @param baseUrl  the address people open Fabrique at, e.g. {@code http://localhost:8080}
     * @param missions the mails of every mission that sends some
     */
    public NotificationTexts(String baseUrl, Collection<? extends MailTexts> missions) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.missions = List.copyOf(missions);
    }

    /**
     * What the missions leave unwritten, as {@code KIND.subject en}: for each kind they send, a subject or a body
     * missing, blank or not a readable message in French or English, or an English one that is the French text
     * left untranslated. Empty when every mail can be written in both languages; each mission's tests check theirs.
     */
    public List<String> unwritten() {
        List<String> unwritten = new ArrayList<>();
        for (MailTexts mission : missions) {
            ResourceBundle french = mission.texts(Locale.FRENCH);
            ResourceBundle english = mission.texts(Locale.ENGLISH);
            for (NotificationKind kind : mission.kinds()) {
                for (String key : List.of(kind.name() + ".subject", kind.name() + ".body")) {
                    if (!readable(french, key, Locale.FRENCH)) {
                        unwritten.add(key + " fr");
                    }
                    if (!readable(english, key, Locale.ENGLISH)
                            || french.containsKey(key) && english.getString(key).equals(french.getString(key))) {
                        unwritten.add(key + " en");
                    }
                }
            }
        }
        return unwritten;
    }

    private static boolean readable(ResourceBundle texts, String key, Locale locale) {
        if (!texts.containsKey(key) || texts.getString(key).isBlank()) {
            return false;
        }
        try {
            new MessageFormat(texts.getString(key), locale);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
                subject(notification, texts, locale),
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
            body.append("\n* ").append(subject(item, texts, locale))
                    .append("\n");
            appendEvent(body, texts, locale, item);
            body.append("\n");
        }
        body.append("\n").append(footer(texts, locale));
        String subject = format(texts, locale, "digest.subject",
                List.of(DATE_PREFIX + day, String.valueOf(items.size())));
        return new MailMessage(first.getAccount().getPerson().getEmail(), subject, body.toString());
    }

    private String subject(Notification notification, ResourceBundle texts, Locale locale) {
        return format(mission(notification, locale), texts, locale, notification.getKind().name() + ".subject",
                notification.getArguments());
    }

    private void appendEvent(StringBuilder body, ResourceBundle texts, Locale locale, Notification notification) {
        body.append(format(mission(notification, locale), texts, locale, notification.getKind().name() + ".body",
                        notification.getArguments()))
                .append("\n").append(format(texts, locale, "link", List.of(baseUrl + notification.getLink())));
    }

    /** The texts of the mission that sends this kind of notification. */
    private ResourceBundle mission(Notification notification, Locale locale) {
        NotificationKind kind = notification.getKind();
        return missions.stream().filter(m -> m.kinds().contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no mission writes the mails of " + kind))
                .texts(locale);
    }

    private String footer(ResourceBundle texts, Locale locale) {
        return format(texts, locale, "footer", List.of(baseUrl + "/index.xhtml"));
    }

    private static String format(ResourceBundle texts, Locale locale, String key, List<String> arguments) {
        return format(texts, texts, locale, key, arguments);
    }

    /** The text of {@code key} in {@code mission}'s bundle, its values translated by the mission, else the core. */
    private static String format(ResourceBundle mission, ResourceBundle core, Locale locale, String key,
            List<String> arguments) {
        Object[] shown = arguments.stream().map(a -> shown(mission, core, locale, a)).toArray();
        return new MessageFormat(mission.getString(key), locale).format(shown);
    }

    /** A date in the reader's language, a value's translation, or the text as it is. */
    private static String shown(ResourceBundle mission, ResourceBundle core, Locale locale, String argument) {
        if (argument.startsWith(DATE_PREFIX)) {
            try {
                return LocalDate.parse(argument.substring(DATE_PREFIX.length()))
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            } catch (DateTimeParseException e) {
                return argument; // a person's text that happens to start like a date argument
            }
        }
        if (argument.startsWith(VALUE_PREFIX)) {
            String key = "value." + argument.substring(1);
            if (mission.containsKey(key)) {
                return mission.getString(key);
            }
            if (core.containsKey(key)) {
                return core.getString(key);
            }
        }
        return argument;
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        return MailTexts.bundle(BUNDLE, locale, NotificationTexts.class.getClassLoader());
    }
}
