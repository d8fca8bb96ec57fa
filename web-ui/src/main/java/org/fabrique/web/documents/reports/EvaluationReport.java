package org.fabrique.web.documents.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationRecommendationService;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.InterviewService;
import org.fabrique.evaluation.application.QuestionService;
import org.fabrique.evaluation.application.QuestionView;
import org.fabrique.evaluation.application.QuoteView;
import org.fabrique.web.documents.PdfFile;
import org.fabrique.web.documents.reports.ReportWriter.Fact;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;

/**
 * An evaluation's report: its object, evaluators and period, its summary, its questions with their
 * criteria and findings, what the interviews said, and its recommendations with their follow-up. Anyone
 * may read an evaluation, but its quotes only the pôle and its steering committee ({@code EvaluationAccess},
 * through the evaluation module's services): for anyone else the report says that part is reserved. A
 * quote is attributed by its interviewee's category, never by name.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationReport {

    @Inject
    EvaluationService evaluations;

    @Inject
    QuestionService questions;

    @Inject
    InterviewService interviews;

    @Inject
    EvaluationRecommendationService recommendations;

    @Inject
    ReferenceNames names;

    @Inject
    CityClock clock;

    @Inject
    Texts texts;

    public PdfFile of(long evaluationId, Locale locale) {
        EvaluationDetail evaluation = evaluations.get(evaluationId);
        List<QuestionView> asked = questions.questions(evaluationId);
        List<QuoteView> quotes = evaluation.insider()
                ? AllPages.of(request -> interviews.quotes(evaluationId, null, request)) : List.of();
        List<EvaluationRecommendationView> recommended = recommendations.recommendations(evaluationId);
        ReportTexts t = new ReportTexts(texts, locale, CityClock.ZONE);
        ReportLayout.Cover cover = new ReportLayout.Cover(evaluation.title(), t.text("report.evaluation.subtitle",
                String.valueOf(evaluation.programmeYear())), List.of(
                t.text("evaluation.status." + evaluation.status()),
                t.text("report.generatedOn", t.date(clock.today()))));
        byte[] pdf = ReportLayout.render(t, cover, out -> {
            framing(out, t, evaluation);
            out.section(t.text("report.evaluation.summary"));
            out.paragraph(blank(evaluation.summary()) ? t.text("evaluation.summary.none") : evaluation.summary());
            questions(out, t, asked);
            voices(out, t, evaluation.insider(), quotes);
            recommendations(out, t, recommended);
        });
        return new PdfFile(t.text("report.evaluation.file", evaluation.title()), pdf);
    }

    private void framing(ReportWriter out, ReportTexts t, EvaluationDetail e) {
        out.section(t.text("report.evaluation.framing"));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.text("report.evaluation.object"), t.text("evaluation.object." + e.object())
                + (e.policyId() == null ? "" : " — " + names.policy(e.policyId()))));
        facts.add(new Fact(t.text("report.evaluation.type"), t.text("evaluation.type." + e.type())));
        facts.add(new Fact(t.text("report.evaluation.evaluators"), t.text("evaluation.evaluatorKind." + e.evaluatorKind())
                + (blank(e.evaluators()) ? "" : " — " + e.evaluators())));
        facts.add(new Fact(t.text("report.evaluation.period"), t.text("report.evaluation.from", t.date(e.start()),
                t.date(e.end()))));
        if (!blank(e.originLabel())) {
            facts.add(new Fact(t.text("report.evaluation.origin"), e.originLabel()));
        }
        out.facts(facts);
        out.paragraph(e.objectDescription());
    }

    private static void questions(ReportWriter out, ReportTexts t, List<QuestionView> asked) {
        out.section(t.text("report.evaluation.questions"));
        if (asked.isEmpty()) {
            out.paragraph(t.text("report.evaluation.noQuestion"));
        }
        for (QuestionView q : asked) {
            out.heading(q.rank() + ". " + q.text());
            out.muted(t.text("report.evaluation.criteria", q.criteria().stream()
                    .map(c -> t.text("evaluation.criterion." + c)).collect(Collectors.joining(", "))));
            out.paragraph(blank(q.finding()) ? t.text("report.evaluation.noFinding")
                    : t.text("report.evaluation.finding", q.finding()));
        }
    }

    /** The quotes theme by theme (a quote of several themes under each), attributed by category. */
    private static void voices(ReportWriter out, ReportTexts t, boolean insider, List<QuoteView> quotes) {
        out.section(t.text("report.evaluation.voices"));
        if (!insider) {
            out.paragraph(t.text("evaluation.voices.restricted"));
            return;
        }
        if (quotes.isEmpty()) {
            out.paragraph(t.text("report.evaluation.noQuote"));
            return;
        }
        out.muted(t.text("report.evaluation.attribution"));
        Map<String, List<QuoteView>> byTheme = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (QuoteView quote : quotes) {
            List<String> themes = quote.themes().isEmpty() ? List.of(t.text("report.evaluation.noTheme")) : quote.themes();
            themes.forEach(theme -> byTheme.computeIfAbsent(theme, key -> new ArrayList<>()).add(quote));
        }
        byTheme.forEach((theme, list) -> {
            out.heading(theme.substring(0, 1).toUpperCase(t.locale()) + theme.substring(1));
            list.forEach(q -> out.quote(t.text("report.evaluation.quote", q.text()),
                    t.text("evaluation.category." + q.category())));
        });
    }

    private void recommendations(ReportWriter out, ReportTexts t, List<EvaluationRecommendationView> recommended) {
        out.section(t.text("report.evaluation.recommendations"));
        if (recommended.isEmpty()) {
            out.paragraph(t.text("report.evaluation.noRecommendation"));
        }
        for (EvaluationRecommendationView r : recommended) {
            out.heading(r.rank() + ". " + r.text());
            String owner = r.ownerDirectorateId() != null ? names.directorate(r.ownerDirectorateId()) : r.ownerLabel();
            out.muted(t.text("report.evaluation.followUp", t.text("evaluation.followUp." + r.status()),
                    blank(owner) ? "—" : owner, r.dueDate() == null ? "—" : t.date(r.dueDate())));
            if (r.overdue()) {
                out.muted(t.text("report.evaluation.overdue"));
            }
            out.paragraph(r.followUpComment());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
