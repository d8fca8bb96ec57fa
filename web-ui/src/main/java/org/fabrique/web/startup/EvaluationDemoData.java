package org.fabrique.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.DemoContent;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.CommissionRepository;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.DirectorateCommitment;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.RecommendationRepository;
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
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopFilter;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.web.startup.EvaluationDemoTexts.InterviewSpec;
import org.fabrique.web.startup.EvaluationDemoTexts.QuestionSpec;
import org.fabrique.web.startup.EvaluationDemoTexts.QuoteSpec;
import org.fabrique.web.startup.EvaluationDemoTexts.RecommendationSpec;

/**
 * The evaluation part of the demo. The seed's evaluation of the Ateliers prospectifs (programme 2013),
 * taken step by step to its follow-up: its questions and findings, its eleven interviews and the seed's
 * quotes, its summary, its report published, and its four recommendations, owned, dated and followed up; its
 * steering committee is {@code pole} and {@code elu}. This year's evaluation of the citizen-dialogue answer commitment,
 * collecting its data: questions, interviews of citizens, an agent and a partner, and two indicators
 * measured year by year from the dialogue demo's own programmes; its steering committee is {@code pole}
 * and {@code direction}. And the evaluation the Atelier Personnes âgées commissioned, in framing, linked
 * to the workshop by a core commission. Deterministic; dated from today where the follow-up goes on.
 * Called by {@link DemoData#load()}, inside its transaction, after the dialogue and prospective demos.
 */
@ApplicationScoped
public class EvaluationDemoData implements DemoContent {

    private static final Logger LOG = Logger.getLogger(EvaluationDemoData.class.getName());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
    CommissionRepository commissions;

    @Inject
    AccountRepository accounts;

    @Inject
    DirectorateRepository directorates;

    @Inject
    WorkshopRepository workshops;

    @Inject
    ProgrammeRepository dialogueProgrammes;

    @Inject
    RecommendationRepository dialogueRecommendations;

    /** After the core's demo (the evaluations, which read the dialogue programmes and a workshop). */
    @Override
    public int order() {
        return 30;
    }

    /** Loads the three evaluations; needs the demo accounts, directorates, the dialogue programmes and the workshops. */
    @Override
    @Transactional
    public void load() {
        LocalDate today = clock.today();
        EvaluationProgramme thisYear = evaluations.store(EvaluationProgramme.ofYear(today.getYear()));
        Evaluation ateliers = ateliers(today);
        Evaluation response = response(thisYear, today);
        Evaluation commissioned = commissioned(thisYear, today);
        LOG.info(() -> "Evaluation demo loaded: '" + ateliers.getTitle() + "' in " + ateliers.getStatus() + " with "
                + EvaluationDemoTexts.QUESTIONS.size() + " questions, " + EvaluationDemoTexts.INTERVIEWS.size()
                + " interviews, " + EvaluationDemoTexts.QUOTES.size() + " quotes and "
                + EvaluationDemoTexts.RECOMMENDATIONS.size() + " recommendations; '" + response.getTitle() + "' in "
                + response.getStatus() + " with 2 indicators; '" + commissioned.getTitle() + "' commissioned by '"
                + commissioned.getOriginLabel() + "'");
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

        CommitmentTally last = tally(year - 1, today);
        CommitmentTally current = tally(year, today);
        Indicator rate = new Indicator(evaluation.getId(), EvaluationDemoTexts.ON_TIME_RATE, "%", BigDecimal.valueOf(60),
                BigDecimal.valueOf(90), EvaluationDemoTexts.COMMITMENT_SOURCE);
        rate.record(LocalDate.of(year - 2, 12, 31), BigDecimal.valueOf(60), EvaluationDemoTexts.BEFORE_COMMITMENT);
        rate.record(LocalDate.of(year - 1, 12, 31), onTimeRate(last), EvaluationDemoTexts.measuredOnProgramme(year - 1));
        rate.record(today, onTimeRate(current), EvaluationDemoTexts.measuredOnProgramme(year));
        indicators.store(rate);
        Indicator answered = new Indicator(evaluation.getId(), EvaluationDemoTexts.ANSWERED, "préconisations", null, null,
                EvaluationDemoTexts.COMMITMENT_SOURCE);
        answered.record(LocalDate.of(year - 1, 12, 31), answeredCount(last), EvaluationDemoTexts.measuredOnProgramme(year - 1));
        answered.record(today, answeredCount(current), EvaluationDemoTexts.measuredOnProgramme(year));
        indicators.store(answered);
        return evaluations.store(evaluation);
    }

    /**
     * The evaluation the Atelier Personnes âgées commissioned from its reference document: the core
     * commission, the evaluation created in framing for it, and the commission fulfilled by it.
     */
    private Evaluation commissioned(EvaluationProgramme programme, LocalDate today) {
        Workshop workshop = workshops.page(new WorkshopFilter(null, null, null, null,
                        EvaluationDemoTexts.COMMISSIONING_WORKSHOP), List.of(), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().filter(w -> w.getTitle().equals(EvaluationDemoTexts.COMMISSIONING_WORKSHOP))
                .findFirst().orElseThrow();
        ResourceRef origin = new ResourceRef(ResourceKind.WORKSHOP, workshop.getId());
        Commission commission = commissions.store(new Commission(CommissionKind.EVALUATION, origin, workshop.getTitle(),
                EvaluationDemoTexts.COMMISSIONED_TITLE, EvaluationDemoTexts.COMMISSIONED_BRIEF, null,
                workshop.getPolicyId(), "pole", clock.now()));
        Evaluation evaluation = evaluations.store(Evaluation.commissioned(programme, commission.getTitle(),
                commission.getBrief(), commission.getOriginLabel(), origin, commission.getId(), commission.getPolicyId(),
                today));
        commission.fulfil(new ResourceRef(ResourceKind.EVALUATION, evaluation.getId()));
        commissions.store(commission);
        return evaluation;
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

    /** A dialogue programme's recommendations counted as the commitment dashboard counts them, all directorates. */
    private CommitmentTally tally(int year, LocalDate today) {
        Programme programme = dialogueProgrammes.findByYear(year).orElseThrow();
        long total = 0;
        long awaiting = 0;
        long overdue = 0;
        long onTime = 0;
        long late = 0;
        for (DirectorateCommitment commitment : dialogueRecommendations.commitment(List.of(programme.getId()), today)) {
            CommitmentTally t = commitment.tally();
            total += t.total();
            awaiting += t.awaiting();
            overdue += t.overdue();
            onTime += t.answeredOnTime();
            late += t.answeredLate();
        }
        return new CommitmentTally(total, awaiting, overdue, onTime, late);
    }

    /** Answered on time over answered plus overdue, in percent, as the dashboard's on-time rate. */
    private static BigDecimal onTimeRate(CommitmentTally tally) {
        long due = tally.answeredOnTime() + tally.answeredLate() + tally.overdue();
        return due == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(tally.answeredOnTime()).multiply(HUNDRED).divide(BigDecimal.valueOf(due), 1,
                        RoundingMode.HALF_UP);
    }

    private static BigDecimal answeredCount(CommitmentTally tally) {
        return BigDecimal.valueOf(tally.answeredOnTime() + tally.answeredLate());
    }

    private long accountOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }
}
