package org.fabrique.web.documents.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.EvaluationSummary;
import org.fabrique.web.i18n.Texts;

/** The evaluations, as evaluation/evaluations.xhtml lists them (one programme year's when given). */
@RequestScoped
public class EvaluationExport {

    @Inject
    EvaluationService evaluations;

    @Inject
    Texts texts;

    public Table of(Integer programmeYear, Locale locale) {
        Wording w = new Wording(texts, locale);
        return new Table(w.text("export.evaluations.name"), Arrays.asList(w.text("evaluation.title"),
                w.text("evaluation.programme"), w.text("evaluation.type"), w.text("evaluation.status")),
                Chunks.all(request -> evaluations.page(programmeYear, request)).map(e -> row(e, w)));
    }

    private List<Object> row(EvaluationSummary e, Wording w) {
        return Arrays.asList(e.title(), e.programmeYear(), w.value("evaluation.type.", e.type()),
                w.value("evaluation.status.", e.status()));
    }
}
