package org.fabrique.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.fabrique.core.application.AccountService;

/**
 * The language of the pages: French until someone chooses English. A signed-in person's choice is kept
 * in their session and saved in their account, and comes back at their next sign-in; a visitor's choice
 * is kept in a cookie ({@value #COOKIE}), so that reading the public pages opens no server session.
 */
@Named
@RequestScoped
public class LocaleSelection {

    /** The cookie that remembers a visitor's language (a year). */
    public static final String COOKIE = "FABRIQUE_LANG";
    static final String ATTRIBUTE = "org.fabrique.locale";

    @Inject
    AccountService accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = remembered();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isFrench() {
        return Texts.FRENCH.equals(getLocale());
    }

    /** Where the language switch brings the person back: this page, with its parameters. */
    public String getBack() {
        HttpServletRequest request = request();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /**
     * The switch in the page header: remembered in a cookie, in the session and in the account of someone
     * signed in; then the same page again, at its own address ({@code back}, a path of this application).
     */
    public void choose(String language) {
        locale = Texts.supported(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        remember(locale);
        if (faces.getExternalContext().getUserPrincipal() != null) {
            accounts.chooseLanguage(locale.getLanguage());
        }
        ExternalContext external = faces.getExternalContext();
        String back = external.getRequestParameterMap().get("back");
        if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")) {
            try {
                external.redirect(external.getRequestContextPath() + back);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** At sign-in: the account's saved language wins; otherwise the one chosen before is saved. */
    public void adoptAccountLanguage(String saved) {
        if (saved != null) {
            locale = Texts.supported(saved);
            remember(locale);
        } else {
            accounts.chooseLanguage(getLocale().getLanguage());
            remember(getLocale());
        }
    }

    private Locale remembered() {
        HttpServletRequest request = request();
        if (request == null) {
            return Texts.FRENCH;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof String language) {
            return Texts.supported(language);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Texts.supported(cookie.getValue());
                }
            }
        }
        return Texts.FRENCH;
    }

    private void remember(Locale chosen) {
        HttpServletRequest request = request();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, chosen.getLanguage());
        }
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse()).addCookie(cookie);
    }

    private static HttpServletRequest request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? null : (HttpServletRequest) faces.getExternalContext().getRequest();
    }
}
