package org.fabrique.web.documents.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fabrique.evaluation.application.EvaluationRecommendationService;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.web.i18n.Texts;

/**
 * An evaluation's recommendations and their follow-up, as its page lists them (anyone who may read the
 * evaluation). A handful per evaluation, read in one query: no paging needed.
 */
@RequestScoped
public class EvaluationRecommendationExport {

    @Inject
    EvaluationRecommendationService recommendations;

    @Inject
    Texts texts;

    public Table of(long evaluationId, Locale locale) {
        Wording w = new Wording(texts, locale);
        List<EvaluationRecommendationView> all = recommendations.recommendations(evaluationId);
        String title = all.isEmpty() ? "" : all.get(0).evaluationTitle();
        return new Table(w.text("export.evaluationRecommendations.name", title), Arrays.asList(w.text("export.rank"),
                w.text("evaluation.recommendation.text"), w.text("evaluation.recommendation.owner"),
                w.text("evaluation.recommendation.due"), w.text("export.overdue"), w.text("evaluation.recommendation.status"),
                w.text("evaluation.recommendation.comment")),
                all.stream().map(r -> row(r, w)));
    }

    private List<Object> row(EvaluationRecommendationView r, Wording w) {
        return Arrays.asList(r.rank(), r.text(), r.ownerLabel(), r.dueDate(), w.yesNo(r.overdue()),
                w.value("evaluation.followUp.", r.status()), r.followUpComment());
    }
}
