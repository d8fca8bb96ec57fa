package org.fabrique.web.documents.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fabrique.prospective.application.ActionPlanService;
import org.fabrique.prospective.application.ActionView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.web.i18n.Texts;

/** A workshop's action plan, as prospective/plan.xhtml shows it: its members and the pôle only. */
@RequestScoped
public class ActionExport {

    @Inject
    WorkshopService workshops;

    @Inject
    ActionPlanService plan;

    @Inject
    Texts texts;

    public Table of(long workshopId, Long directorateId, Locale locale) {
        Wording w = new Wording(texts, locale);
        List<String> headers = Arrays.asList(w.text("prospective.action.directorate"), w.text("prospective.action.title"),
                w.text("prospective.action.recommendation"), w.text("prospective.action.pilot"),
                w.text("prospective.action.deadline"), w.text("prospective.action.status"), w.text("export.progress"));
        // The plan first, which refuses an outsider, then the workshop's title for the sheet.
        Stream<List<Object>> actions = Chunks.all(request -> plan.page(workshopId, directorateId, request)).map(a -> row(a, w));
        return new Table(w.text("export.actions.name", workshops.find(workshopId).title()), headers, actions);
    }

    private List<Object> row(ActionView a, Wording w) {
        return Arrays.asList(a.directorateName(), a.title(), a.recommendation(), a.pilot(), a.deadline(),
                w.value("prospective.actionStatus.", a.status()), a.progress());
    }
}
