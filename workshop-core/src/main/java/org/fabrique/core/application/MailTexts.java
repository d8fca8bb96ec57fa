package org.fabrique.core.application;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.fabrique.core.domain.NotificationKind;

/**
 * One mission's mails: the kinds of notifications it sends and their texts. Its bundle holds, for each kind,
 * {@code KIND.subject} and {@code KIND.body} (MessageFormat, the kind's arguments in order) and the
 * translations {@code value.NAME} of the values its arguments name with {@code #NAME}, in French (the base
 * bundle) and in English. Each mission module that mails implements it as a CDI bean; the core writes the
 * greeting, the link, the footer and the digests.
 */
public interface MailTexts {

    Set<NotificationKind> kinds();

    /** The mission's bundle in French ({@link Locale#FRENCH}) or English, without falling back to another. */
    ResourceBundle texts(Locale locale);

    /** Loads a mission's bundle as {@link #texts} wants it: the base bundle is French, no default locale. */
    static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
