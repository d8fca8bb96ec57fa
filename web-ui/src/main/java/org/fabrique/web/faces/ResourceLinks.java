package org.fabrique.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;

/**
 * Where a page shows a record of any mission named by a {@link ResourceRef}: {@code #{links.url(ref)}}
 * gives its page's path, under the application's context path.
 */
@Named("links")
@ApplicationScoped
public class ResourceLinks {

    @Inject
    Texts texts;

    @Inject
    LocaleSelection locale;

    /** What commissioned a record, in the caller's language: "Atelier prospectif « Sport », chapitre 5…". */
    public String origin(CommissionView commission) {
        return commission == null ? null : origin(commission.origin(), commission.originLabel());
    }

    /** The same for a record that keeps its origin and its label itself (an evaluation, say). */
    public String origin(ResourceRef origin, String originLabel) {
        return origin == null ? originLabel
                : texts.page("commission.origin." + origin.kind().name(), locale.getLocale(), originLabel);
    }

    /** The page of the record, from the context path on; null for a kind no page shows. */
    public String url(ResourceRef ref) {
        if (ref == null) {
            return null;
        }
        long id = ref.id();
        return switch (ref.kind()) {
            case WORKSHOP -> "/prospective/document.xhtml?workshop=" + id + "#commissions";
            case EVALUATION -> "/evaluation/evaluation.xhtml?id=" + id;
            case EVALUATION_RECOMMENDATION -> "/evaluation/evaluation.xhtml?recommendation=" + id + "#recommendations";
            case CANDIDATE_PROJECT -> "/dialogue/candidate.xhtml?id=" + id;
            case PROGRAMME -> "/dialogue/programme.xhtml?id=" + id;
            case DIALOGUE_PROJECT -> "/dialogue/project.xhtml?id=" + id;
            default -> null;
        };
    }
}
