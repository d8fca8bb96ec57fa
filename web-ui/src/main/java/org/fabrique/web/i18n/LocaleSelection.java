package org.fabrique.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.fabrique.core.application.AccountService;

/**
 * The language of the pages for this browser session: French until someone chooses English. A
 * signed-in person's choice is saved in their account and comes back at their next login.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private Locale locale = Texts.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isFrench() {
        return Texts.FRENCH.equals(locale);
    }

    /** The switch in the page header; remembered in the account when someone is signed in. */
    public void choose(String language) {
        locale = Texts.supported(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (faces.getExternalContext().getUserPrincipal() != null) {
            accounts.chooseLanguage(locale.getLanguage());
        }
    }

    /** At login: the account's saved language wins; otherwise the one chosen on the login page is saved. */
    public void adoptAccountLanguage(String saved) {
        if (saved != null) {
            locale = Texts.supported(saved);
        } else {
            accounts.chooseLanguage(locale.getLanguage());
        }
    }
}
