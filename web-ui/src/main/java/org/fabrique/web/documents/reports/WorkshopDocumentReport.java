package org.fabrique.web.documents.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.ChapterText;
import org.fabrique.prospective.application.DocumentService;
import org.fabrique.prospective.application.DocumentView;
import org.fabrique.prospective.application.ParticipantView;
import org.fabrique.prospective.application.VersionText;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.web.documents.PdfFile;
import org.fabrique.web.documents.reports.ReportWriter.Fact;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;

/**
 * A workshop's reference document: its five chapters as adopted (or, until then, as last submitted to the
 * group, or the committee's draft before any version), with the workshop's title, policy and president and
 * the adoption date. Confidential like the document itself: the prospective module's {@link DocumentService}
 * lets only the workshop's members and the pôle read it.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class WorkshopDocumentReport {

    @Inject
    WorkshopService workshops;

    @Inject
    DocumentService documents;

    @Inject
    ReferenceNames names;

    @Inject
    CityClock clock;

    @Inject
    Texts texts;

    public PdfFile of(long workshopId, Locale locale) {
        WorkshopView workshop = workshops.find(workshopId);
        DocumentView document = documents.document(workshopId);
        int shown = document.adoptedVersion() != null ? document.adoptedVersion() : document.versions().size();
        VersionText version = shown == 0 ? null : documents.version(workshopId, shown);
        String president = workshops.participants(workshopId).stream()
                .filter(p -> p.personId() == workshop.presidentId()).map(ParticipantView::displayName)
                .findFirst().orElse("");
        ReportTexts t = new ReportTexts(texts, locale, CityClock.ZONE);
        String state = document.adoptedAt() != null
                ? t.text("report.document.adopted", String.valueOf(shown), t.date(document.adoptedAt()))
                : version != null ? t.text("report.document.notAdopted", String.valueOf(shown))
                : t.text("report.document.draft");
        List<String> lines = new ArrayList<>();
        lines.add(t.text("report.document.confidential"));
        lines.add(t.text("report.generatedOn", t.date(clock.today())));
        ReportLayout.Cover cover = new ReportLayout.Cover(workshop.title(), t.text("report.document.subtitle"), lines);
        List<ChapterText> chapters = version != null ? version.chapters() : document.draft();
        byte[] pdf = ReportLayout.render(t, cover, out -> {
            out.section(t.text("report.document.workshop"));
            out.facts(List.of(
                    new Fact(t.text("report.document.policy"),
                            workshop.policyId() == null ? "—" : names.policy(workshop.policyId())),
                    new Fact(t.text("report.document.cycle"), workshop.cycleName()),
                    new Fact(t.text("report.document.president"), president),
                    new Fact(t.text("report.document.state"), state)));
            for (ChapterText chapter : chapters) {
                out.section(t.text("prospective.chapter." + chapter.chapter()));
                if (chapter.text() == null || chapter.text().isBlank()) {
                    out.muted(t.text("report.document.emptyChapter"));
                } else {
                    out.paragraph(chapter.text());
                }
            }
        });
        return new PdfFile(t.text("report.document.file", workshop.title()), pdf);
    }
}
