package org.fabrique.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/** Puts a message on the page, in the caller's language. */
@RequestScoped
public class Messages {

    /** How much of a changed text the message quotes. */
    private static final int SHOWN_LENGTH = 80;

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    public void info(String pageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, texts.page(pageKey, locale.getLocale(), arguments), null);
    }

    /** An error of the page itself, in the caller's language. */
    public void error(String pageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, texts.page(pageKey, locale.getLocale(), arguments), null);
    }

    /** An information that survives the redirect that follows it. */
    public void flashInfo(String pageKey, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(pageKey, arguments);
    }

    /** A confirmation of the page's own, shown beside the component (a row's button) that asked for it. */
    public void infoBeside(String clientId, String pageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, texts.page(pageKey, locale.getLocale(), arguments), clientId);
    }

    /** An input refused by a service, shown beside its field when the form names one. */
    public void refused(InvalidInput e, String formId) {
        String text = texts.validation(e.messageKey(), locale.getLocale());
        add(FacesMessage.SEVERITY_ERROR, text, formId == null ? null : formId + ":" + e.field());
        if (formId != null) {
            add(FacesMessage.SEVERITY_ERROR, text, null);
        }
    }

    /** A refusal of a service (a validation message key), shown beside the component that asked, e.g. its button. */
    public void refusedBeside(String validationKey, String clientId) {
        add(FacesMessage.SEVERITY_ERROR, validation(validationKey), clientId);
    }

    /** A text of the pages, in the caller's language. */
    public String text(String pageKey, Object... arguments) {
        return texts.page(pageKey, locale.getLocale(), arguments);
    }

    /** A validation message of the services, in the caller's language. */
    public String validation(String validationKey) {
        return texts.validation(validationKey, locale.getLocale());
    }

    public void refused(StateConflict e) {
        add(FacesMessage.SEVERITY_ERROR, texts.validation(e.messageKey(), locale.getLocale()), null);
    }

    /**
     * A refusal of the record's state. When someone else changed the record since the caller opened it (a
     * stale version), says so with what they changed, and returns the record as it is now: the page shows it,
     * the form keeps what the caller typed, and trying again applies to the latest version, knowingly.
     * Otherwise (a rule of the state, or the record is gone) shows the refusal and returns {@code opened}.
     *
     * @param reread reads the record again, as the caller may see it
     */
    public <R extends Record> R conflict(StateConflict e, R opened, Supplier<R> reread) {
        return conflictBeside(null, e, opened, reread);
    }

    /** As {@link #conflict}, the refusal shown beside the component (a form's button) that asked. */
    public <R extends Record> R conflictBeside(String clientId, StateConflict e, R opened, Supplier<R> reread) {
        if (opened == null || !StateConflict.STALE.equals(e.messageKey())) {
            add(FacesMessage.SEVERITY_ERROR, texts.validation(e.messageKey(), locale.getLocale()), clientId);
            return opened;
        }
        R current;
        try {
            current = reread.get();
        } catch (RecordNotFound gone) {
            add(FacesMessage.SEVERITY_ERROR, texts.validation(e.messageKey(), locale.getLocale()), clientId);
            return opened;
        }
        List<Changes.Change> changes = Changes.between(opened, current);
        String what = changes.stream().map(this::describe).collect(Collectors.joining(texts.page("changed.separator",
                locale.getLocale())));
        add(FacesMessage.SEVERITY_ERROR, changes.isEmpty() ? texts.page("record.changedSinceOpened", locale.getLocale())
                : texts.page("record.changedSinceOpenedWhat", locale.getLocale(), what), clientId);
        return current;
    }

    /**
     * Reads a record again from the list it belongs to, for {@link #conflict} when its service reads it only
     * within that list; a record no longer in it is gone.
     */
    public static <R> Supplier<R> rereadFrom(Supplier<? extends Collection<R>> list, ToLongFunction<R> id, long wanted) {
        return () -> list.get().stream().filter(r -> id.applyAsLong(r) == wanted).findFirst()
                .orElseThrow(() -> new RecordNotFound("record", wanted));
    }

    private String describe(Changes.Change change) {
        Locale language = locale.getLocale();
        String label = texts.page("changed." + change.component(), language);
        Object value = change.current();
        if (value == null || value instanceof String text && text.isBlank()) {
            return texts.page("changed.nowEmpty", language, label);
        }
        String shown;
        if (value instanceof String text) {
            shown = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH).strip() + "…" : text;
        } else if (value instanceof BigDecimal amount) {
            shown = amount.toPlainString();
        } else if ((value instanceof Integer || value instanceof Long) && !change.component().endsWith("Id")) {
            shown = value.toString();
        } else if (value instanceof LocalDate day) {
            shown = date(day);
        } else {
            return label;
        }
        return texts.page("changed.nowValue", language, label, shown);
    }

    /** A day as the caller reads it, e.g. "12 mai 2026". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale.getLocale()).format(day);
    }

    /** An instant as the caller reads it, Paris time: "3 décembre 2026, 14:05". */
    public String dateTime(Instant at) {
        ZonedDateTime local = at.atZone(CityClock.ZONE);
        return date(local.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    private static void add(FacesMessage.Severity severity, String text, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }
}
