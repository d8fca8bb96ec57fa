package org.fabrique.evaluation.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.DemoContent;
import org.fabrique.core.application.MeasuredFigures;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.InterviewSpec;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.QuestionSpec;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.QuoteSpec;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.RecommendationSpec;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.Framing;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorRepository;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.InterviewRepository;
import org.fabrique.evaluation.domain.QuestionRepository;
import org.fabrique.evaluation.domain.Quote;

/**
 * The evaluation part of the demo. The seed's evaluation of the Ateliers prospectifs (programme 2013),
 * taken step by step to its follow-up: its questions and findings, its eleven interviews and the seed's
 * quotes, its summary, its report published, and its four recommendations, owned, dated and followed up; its
 * steering committee is {@code pole} and {@code elu}. This year's evaluation of the citizen-dialogue answer commitment,
 * collecting its data: questions, interviews of citizens, an agent and a partner, and two indicators
 * measured year by year from the dialogue demo's own programmes; its steering committee is {@code pole}
 * and {@code direction}; the figures are the citizen dialogue's, read through {@link MeasuredFigures}. (The evaluation
 * the Atelier Personnes âgées commissioned is the prospective demo's commission, created by this module's observer.)
 * Deterministic; dated from today where the follow-up goes on. Loaded by the start-up as a {@link DemoContent},
 * inside its transaction, after the dialogue's demo.
 */
@ApplicationScoped
public class EvaluationDemoData implements DemoContent {

    private static final Logger LOG = Logger.getLogger(EvaluationDemoData.class.getName());

    /** The citizen dialogue's names of the answer commitment's figures (its {@code CommitmentFigures}). */
    private static final String ON_TIME_RATE = "answer-commitment.on-time-rate";

    private static final String ANSWERED = "answer-commitment.answered";

    @Inject
    CityClock clock;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    QuestionRepository questions;

    @Inject
    InterviewRepository interviews;

    @Inject
    IndicatorRepository indicators;

    @Inject
    EvaluationRecommendationRepository recommendations;

    @Inject
    AccountRepository accounts;

    @Inject
    DirectorateRepository directorates;

    /** The figures the other missions measure: the answer commitment's, read from the citizen dialogue. */
    @Inject
    Instance<MeasuredFigures> figures;

    /** After the dialogue's demo, whose programmes this year's evaluation measures; before the prospective one. */
    @Override
    public int order() {
        return 20;
    }

    /** Loads the two evaluations; needs the demo accounts, directorates and the dialogue's programmes. */
    @Override
    @Transactional
    public void load() {
        LocalDate today = clock.today();
        EvaluationProgramme thisYear = evaluations.programmeOfYear(today.getYear())
                .orElseGet(() -> evaluations.store(EvaluationProgramme.ofYear(today.getYear())));
        Evaluation ateliers = ateliers(today);
        Evaluation response = response(thisYear, today);
        LOG.info(() -> "Evaluation demo loaded: '" + ateliers.getTitle() + "' in " + ateliers.getStatus() + " with "
                + EvaluationDemoTexts.QUESTIONS.size() + " questions, " + EvaluationDemoTexts.INTERVIEWS.size()
                + " interviews, " + EvaluationDemoTexts.QUOTES.size() + " quotes and "
                + EvaluationDemoTexts.RECOMMENDATIONS.size() + " recommendations; '" + response.getTitle() + "' in "
                + response.getStatus() + " with 2 indicators");
    }

    /** The seed's evaluation, from framing to follow-up, each step's content written before the next. */
    private Evaluation ateliers(LocalDate today) {
        EvaluationProgramme programme = evaluations.store(EvaluationProgramme.ofYear(EvaluationDemoTexts.PROGRAMME_YEAR));
        Evaluation evaluation = evaluations.store(new Evaluation(programme, new Framing(EvaluationDemoTexts.TITLE,
                EvaluationObject.METHOD, EvaluationDemoTexts.OBJECT_DESCRIPTION, null, EvaluationDemoTexts.ORIGIN_LABEL,
                EvaluationType.EX_POST, false, EvaluatorKind.EXTERNAL_FIRM, EvaluationDemoTexts.EVALUATORS,
                EvaluationDemoTexts.START, EvaluationDemoTexts.END), null));
        evaluation.appointSteeringCommittee(List.of(accountOf("pole"), accountOf("elu")));
        List<EvaluativeQuestion> asked = ask(evaluation, EvaluationDemoTexts.QUESTIONS);

        evaluation.advance(EvaluationStatus.DATA_COLLECTION);
        interview(evaluation, EvaluationDemoTexts.INTERVIEWS, EvaluationDemoTexts.INTERVIEWER, EvaluationDemoTexts.QUOTES,
                asked);

        evaluation.advance(EvaluationStatus.ANALYSIS);
        for (int i = 0; i < asked.size(); i++) {
            asked.get(i).writeFinding(EvaluationDemoTexts.QUESTIONS.get(i).finding());
            questions.store(asked.get(i));
        }

        evaluation.advance(EvaluationStatus.REPORTED);
        evaluation.writeSummary(EvaluationDemoTexts.SUMMARY);
        List<EvaluationRecommendation> recommended = new ArrayList<>();
        for (RecommendationSpec spec : EvaluationDemoTexts.RECOMMENDATIONS) {
            recommended.add(recommendations.store(new EvaluationRecommendation(evaluation.getId(), recommended.size() + 1,
                    spec.text())));
        }

        evaluation.publishReport(EvaluationDemoTexts.REPORT_PUBLISHED.atTime(10, 0).atZone(CityClock.ZONE).toInstant());

        evaluation.advance(EvaluationStatus.FOLLOW_UP);
        Map<String, Long> directorateIds = new HashMap<>();
        directorates.all().forEach(d -> directorateIds.put(d.getName(), d.getId()));
        for (int i = 0; i < recommended.size(); i++) {
            RecommendationSpec spec = EvaluationDemoTexts.RECOMMENDATIONS.get(i);
            EvaluationRecommendation recommendation = recommended.get(i);
            recommendation.assign(spec.ownerDirectorate() == null ? null : directorateIds.get(spec.ownerDirectorate()),
                    spec.ownerLabel(), spec.due(today));
            recommendation.followUp(spec.status(), spec.comment());
            recommendations.store(recommendation);
        }
        return evaluations.store(evaluation);
    }

    /**
     * This year's mid-term, participatory evaluation of the answer commitment, collecting its data: its
     * on-time answer rate and its answered recommendations measured before the commitment, on last year's
     * programme and on this year's so far.
     */
    private Evaluation response(EvaluationProgramme programme, LocalDate today) {
        int year = today.getYear();
        Evaluation evaluation = evaluations.store(new Evaluation(programme, new Framing(EvaluationDemoTexts.RESPONSE_TITLE,
                EvaluationObject.SCHEME, EvaluationDemoTexts.RESPONSE_OBJECT, null, EvaluationDemoTexts.programmeLabel(year),
                EvaluationType.MID_TERM, true, EvaluatorKind.INTERNAL, EvaluationDemoTexts.RESPONSE_EVALUATORS,
                today.minusMonths(3), today.plusMonths(5)), null));
        evaluation.appointSteeringCommittee(List.of(accountOf("pole"), accountOf("direction")));
        List<EvaluativeQuestion> asked = ask(evaluation, EvaluationDemoTexts.RESPONSE_QUESTIONS);
        evaluation.advance(EvaluationStatus.DATA_COLLECTION);
        interview(evaluation, EvaluationDemoTexts.responseInterviews(today), EvaluationDemoTexts.RESPONSE_INTERVIEWER,
                EvaluationDemoTexts.RESPONSE_QUOTES, asked);

        Indicator rate = new Indicator(evaluation.getId(), EvaluationDemoTexts.ON_TIME_RATE, "%", BigDecimal.valueOf(60),
                BigDecimal.valueOf(90), EvaluationDemoTexts.COMMITMENT_SOURCE);
        rate.record(LocalDate.of(year - 2, 12, 31), BigDecimal.valueOf(60), EvaluationDemoTexts.BEFORE_COMMITMENT);
        rate.record(LocalDate.of(year - 1, 12, 31), measured(ON_TIME_RATE, year - 1), EvaluationDemoTexts.measuredOnProgramme(year - 1));
        rate.record(today, measured(ON_TIME_RATE, year), EvaluationDemoTexts.measuredOnProgramme(year));
        indicators.store(rate);
        Indicator answered = new Indicator(evaluation.getId(), EvaluationDemoTexts.ANSWERED, "préconisations", null, null,
                EvaluationDemoTexts.COMMITMENT_SOURCE);
        answered.record(LocalDate.of(year - 1, 12, 31), measured(ANSWERED, year - 1), EvaluationDemoTexts.measuredOnProgramme(year - 1));
        answered.record(today, measured(ANSWERED, year), EvaluationDemoTexts.measuredOnProgramme(year));
        indicators.store(answered);
        return evaluations.store(evaluation);
    }

    private List<EvaluativeQuestion> ask(Evaluation evaluation, List<QuestionSpec> specs) {
        List<EvaluativeQuestion> asked = new ArrayList<>();
        for (QuestionSpec spec : specs) {
            asked.add(questions.store(new EvaluativeQuestion(evaluation.getId(), asked.size() + 1, spec.text(),
                    spec.criteria())));
        }
        return asked;
    }

    /** The interviews, then their quotes, tagged with the questions they inform. */
    private void interview(Evaluation evaluation, List<InterviewSpec> specs, String interviewer, List<QuoteSpec> quotes,
            List<EvaluativeQuestion> asked) {
        List<Interview> held = new ArrayList<>();
        for (InterviewSpec spec : specs) {
            held.add(interviews.store(new Interview(evaluation.getId(), spec.category(), spec.name(), spec.on(), interviewer,
                    spec.notes())));
        }
        for (QuoteSpec quote : quotes) {
            interviews.store(new Quote(held.get(quote.interview()), quote.text(), quote.themes(),
                    quote.questions().stream().map(i -> asked.get(i).getId()).toList()));
        }
    }

    /** A figure another mission measures for this year (none when no mission measures it), as its reader would read it. */
    private BigDecimal measured(String name, int year) {
        return figures.stream().map(f -> f.measure(name, year)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("no mission measures " + name + " for " + year));
    }

    private long accountOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }
}
