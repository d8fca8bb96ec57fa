package org.fabrique.web.documents.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;

/**
 * The citizens' recommendations and the city's answers, as dialogue/recommendations.xhtml lists them:
 * a directorate exports its own.
 */
@RequestScoped
public class RecommendationExport {

    @Inject
    RecommendationService recommendations;

    @Inject
    ReferenceNames names;

    @Inject
    Texts texts;

    public Table of(RecommendationFilter filter, Locale locale) {
        Wording w = new Wording(texts, locale);
        return new Table(w.text("export.recommendations.name"), Arrays.asList(
                w.text("export.project"), w.text("dialogue.recommendation.text"), w.text("dialogue.recommendation.directorate"),
                w.text("export.recordedOn"), w.text("dialogue.recommendation.due"), w.text("export.overdue"),
                w.text("dialogue.recommendation.status"), w.text("export.answer"), w.text("export.plannedActions"),
                w.text("export.answeredOn"), w.text("export.published")),
                Chunks.all(request -> recommendations.page(filter, request)).map(r -> row(r, w)));
    }

    private List<Object> row(RecommendationView r, Wording w) {
        RecommendationView.AnswerView a = r.answer();
        return Arrays.asList(r.projectTitle(), r.text(), names.directorate(r.directorateId()), r.recordedOn(), r.dueDate(),
                w.yesNo(r.overdue()),
                a == null ? w.value("dialogue.recommendationStatus.", r.status()) : w.value("dialogue.position.", a.position()),
                a == null ? null : a.text(), a == null ? null : a.plannedActions(), a == null ? null : a.answeredOn(),
                w.yesNo(r.published()));
    }
}
