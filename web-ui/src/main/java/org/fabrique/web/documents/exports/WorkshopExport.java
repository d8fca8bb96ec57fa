package org.fabrique.web.documents.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;

/**
 * The workshops, as prospective/workshops.xhtml lists them (one cycle's when given): what anyone may know
 * of them, nothing of their confidential work.
 */
@RequestScoped
public class WorkshopExport {

    @Inject
    WorkshopService workshops;

    @Inject
    ReferenceNames names;

    @Inject
    Texts texts;

    public Table of(Long cycleId, Locale locale) {
        Wording w = new Wording(texts, locale);
        return new Table(w.text("export.workshops.name"), Arrays.asList(
                w.text("prospective.workshop.title"), w.text("dialogue.candidate.policy"), w.text("prospective.cycle"),
                w.text("prospective.workshop.status"), w.text("prospective.workshop.start"), w.text("prospective.workshop.end"),
                w.text("export.synthesisPublished")),
                Chunks.all(request -> workshops.page(cycleId, request)).map(ws -> row(ws, w)));
    }

    private List<Object> row(WorkshopView ws, Wording w) {
        return Arrays.asList(ws.title(), names.policy(ws.policyId()), ws.cycleName(), w.value("prospective.status.", ws.status()),
                ws.start(), ws.end(), w.yesNo(ws.synthesisPublished()));
    }
}
