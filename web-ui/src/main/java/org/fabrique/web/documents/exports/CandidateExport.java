package org.fabrique.web.documents.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;

/** The candidates of a programme, as dialogue/programme.xhtml lists them: a directorate exports its own. */
@RequestScoped
public class CandidateExport {

    @Inject
    ProgrammeService programmes;

    @Inject
    CandidateService candidates;

    @Inject
    ReferenceNames names;

    @Inject
    Texts texts;

    public Table of(long programmeId, Locale locale) {
        Wording w = new Wording(texts, locale);
        int year = programmes.find(programmeId).year();
        Stream<CandidateView> all = Chunks.all(request -> candidates.page(programmeId, request));
        return new Table(w.text("export.candidates.name", String.valueOf(year)), Arrays.asList(
                w.text("dialogue.candidate.title"), w.text("dialogue.candidate.directorate"),
                w.text("dialogue.candidate.policy"), w.text("dialogue.candidate.scale"), w.text("dialogue.candidate.status"),
                w.text("export.submittedOn"), w.text("dialogue.feasibility.opinion"), w.text("dialogue.arbitration.decision"),
                w.text("export.reason")),
                all.map(c -> row(c, w)));
    }

    private List<Object> row(CandidateView c, Wording w) {
        return Arrays.asList(c.title(), names.directorate(c.directorateId()), names.policy(c.policyId()),
                w.value("dialogue.scale.", c.scale()), w.value("dialogue.candidateStatus.", c.status()),
                Wording.day(c.submittedAt()),
                c.feasibility() == null ? null : w.value("dialogue.opinion.", c.feasibility().opinion()),
                c.arbitration() == null ? null : w.value("dialogue.decision.", c.arbitration().decision()),
                c.arbitration() == null ? null : c.arbitration().reason());
    }
}
