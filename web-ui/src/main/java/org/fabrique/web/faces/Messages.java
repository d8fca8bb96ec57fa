package org.fabrique.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/** Puts a message on the page, in the caller's language. */
@RequestScoped
public class Messages {

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

    /** An input refused by a service, shown beside its field when the form names one. */
    public void refused(InvalidInput e, String formId) {
        String text = texts.validation(e.messageKey(), locale.getLocale());
        add(FacesMessage.SEVERITY_ERROR, text, formId == null ? null : formId + ":" + e.field());
        if (formId != null) {
            add(FacesMessage.SEVERITY_ERROR, text, null);
        }
    }

    public void refused(StateConflict e) {
        add(FacesMessage.SEVERITY_ERROR, texts.validation(e.messageKey(), locale.getLocale()), null);
    }

    /** A day as the caller reads it, e.g. "12 mai 2026". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale.getLocale()).format(day);
    }

    private static void add(FacesMessage.Severity severity, String text, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }
}
