package org.fabrique.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.fabrique.core.application.AccountService;
import org.fabrique.web.api.InvalidQuery;
import org.fabrique.web.api.Problem;
import org.fabrique.web.i18n.Texts;

/**
 * The language a report is written in: {@code ?lang=fr} or {@code ?lang=en} when asked, otherwise the
 * language the caller chose in their account, otherwise the request's preferred one, as the API answers.
 */
@RequestScoped
public class ReportLanguage {

    @Inject
    AccountService accounts;

    public Locale of(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return switch (lang.trim().toLowerCase(Locale.ROOT)) {
                case "fr" -> Texts.FRENCH;
                case "en" -> Texts.ENGLISH;
                default -> throw new InvalidQuery(List.of(new Problem.FieldError("lang", "lang must be fr or en.")));
            };
        }
        String saved = accounts.me().language();
        return saved != null ? Texts.supported(saved) : Texts.apiLocale(acceptable);
    }
}
