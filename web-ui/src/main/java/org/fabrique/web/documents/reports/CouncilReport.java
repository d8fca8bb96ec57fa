package org.fabrique.web.documents.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.application.CommitmentService;
import org.fabrique.dialogue.application.CommitmentView;
import org.fabrique.dialogue.application.PipelineService;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.web.documents.PdfFile;
import org.fabrique.web.documents.reports.ReportWriter.Fact;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;

/**
 * The yearly report to the municipal council on a citizen-dialogue programme: its figures, the on-time
 * answer rate per directorate with a chart, the dialogue projects, the recommendations and the city's
 * answers. For the pôle, which reports, and the elected officials, who receive it: it holds every
 * directorate's recommendations, answers not yet published included, which a directorate may not read.
 * The figures are those of the commitment dashboard and the pipeline, counted by the same services.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.ELECTED})
public class CouncilReport {

    @Inject
    ProgrammeService programmes;

    @Inject
    CommitmentService commitment;

    @Inject
    PipelineService pipelines;

    @Inject
    RecommendationService recommendations;

    @Inject
    ReferenceNames names;

    @Inject
    CityClock clock;

    @Inject
    Texts texts;

    public PdfFile of(long programmeId, Locale locale) {
        ProgrammeView programme = programmes.find(programmeId);
        CommitmentView figures = commitment.of(programmeId);
        long candidates = pipelines.of(programmeId).total();
        List<ProjectView> projects = AllPages.of(request -> programmes.projects(programmeId, request));
        List<RecommendationView> answers = AllPages.of(request -> recommendations.page(programmeId, null, null, request));
        ReportTexts t = new ReportTexts(texts, locale, CityClock.ZONE);
        String year = String.valueOf(programme.year());
        ReportLayout.Cover cover = new ReportLayout.Cover(t.text("report.council.title", year),
                t.text("report.council.subtitle"),
                List.of(t.text("report.council.status", t.text("dialogue.programmeStatus." + programme.status())),
                        t.text("report.generatedOn", t.date(clock.today()))));
        byte[] pdf = ReportLayout.render(t, cover, out -> {
            figures(out, t, programme, figures, candidates, projects.size());
            directorates(out, t, figures);
            projects(out, t, projects);
            recommendations(out, t, projects, answers);
        });
        return new PdfFile(t.text("report.council.file", year), pdf);
    }

    private static void figures(ReportWriter out, ReportTexts t, ProgrammeView p, CommitmentView c, long candidates,
            int projects) {
        out.section(t.text("report.council.figures"));
        out.facts(List.of(
                new Fact(t.text("report.council.candidates"), String.valueOf(candidates)),
                new Fact(t.text("report.council.retained"), String.valueOf(p.retainedCount())),
                new Fact(t.text("report.council.projects"), String.valueOf(projects)),
                new Fact(t.text("report.council.recommendations"), String.valueOf(c.total())),
                new Fact(t.text("report.council.onTime"), String.valueOf(c.answeredOnTime())),
                new Fact(t.text("report.council.late"), String.valueOf(c.answeredLate())),
                new Fact(t.text("report.council.awaiting"), t.text("report.council.awaitingValue",
                        String.valueOf(c.awaiting()), String.valueOf(c.overdue()))),
                new Fact(t.text("report.council.rate"), t.percent(c.onTimeRate()))));
        out.muted(t.text("report.council.rateDefinition"));
    }

    private static void directorates(ReportWriter out, ReportTexts t, CommitmentView c) {
        out.section(t.text("report.council.byDirectorate"));
        if (c.directorates().isEmpty()) {
            out.paragraph(t.text("report.council.noRecommendation"));
            return;
        }
        out.chart(new BarChart(c.directorates().stream().map(d -> new BarChart.Bar(d.name(), d.onTimeRate())).toList()),
                t.text("report.council.chart"), t::percent);
        List<List<String>> rows = c.directorates().stream().map(d -> List.of(d.name(), String.valueOf(d.total()),
                String.valueOf(d.answeredOnTime()), String.valueOf(d.answeredLate()), String.valueOf(d.awaiting()),
                String.valueOf(d.overdue()), t.percent(d.onTimeRate()))).toList();
        out.figures(new float[] {4, 2.6f, 2.2f, 1.8f, 2, 1.8f, 1.6f}, List.of(t.text("report.council.directorate"),
                t.text("report.council.total"), t.text("report.council.onTimeShort"), t.text("report.council.lateShort"),
                t.text("report.council.awaitingShort"), t.text("report.council.overdueShort"),
                t.text("report.council.rateShort")), rows);
    }

    private void projects(ReportWriter out, ReportTexts t, List<ProjectView> projects) {
        out.section(t.text("report.council.projectsTitle"));
        if (projects.isEmpty()) {
            out.paragraph(t.text("report.council.noProject"));
        }
        for (ProjectView project : projects) {
            out.heading(project.title());
            out.muted(names.directorate(project.directorateId()));
            out.paragraph(project.summary());
        }
    }

    private void recommendations(ReportWriter out, ReportTexts t, List<ProjectView> projects,
            List<RecommendationView> answers) {
        out.section(t.text("report.council.recommendationsTitle"));
        if (answers.isEmpty()) {
            out.paragraph(t.text("report.council.noRecommendation"));
            return;
        }
        Map<Long, List<RecommendationView>> byProject = new LinkedHashMap<>();
        projects.forEach(p -> byProject.put(p.id(), new ArrayList<>()));
        answers.forEach(r -> byProject.computeIfAbsent(r.projectId(), id -> new ArrayList<>()).add(r));
        Map<Long, String> titles = new LinkedHashMap<>();
        answers.forEach(r -> titles.put(r.projectId(), r.projectTitle()));
        byProject.forEach((projectId, list) -> {
            if (list.isEmpty()) {
                return;
            }
            out.heading(titles.get(projectId));
            for (RecommendationView r : list) {
                out.paragraph(r.text());
                out.muted(t.text("report.council.assigned", names.directorate(r.directorateId()), t.date(r.dueDate())));
                if (r.answer() == null) {
                    out.muted(t.text(r.overdue() ? "report.council.overdue" : "report.council.awaitingAnswer"));
                } else {
                    out.muted(t.text("report.council.answer", t.text("dialogue.position." + r.answer().position()),
                            t.date(r.answer().answeredOn())));
                    out.paragraph(r.answer().text());
                    if (r.answer().plannedActions() != null && !r.answer().plannedActions().isBlank()) {
                        out.paragraph(t.text("report.council.plannedActions", r.answer().plannedActions()));
                    }
                }
            }
        });
    }
}
