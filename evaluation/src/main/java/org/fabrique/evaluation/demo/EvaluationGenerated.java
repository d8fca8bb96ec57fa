package org.fabrique.evaluation.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.application.GeneratedContent;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.evaluation.demo.EvaluationGeneratedPlan.Dates;
import org.fabrique.evaluation.demo.EvaluationGeneratedTexts.IndicatorSpec;
import org.fabrique.evaluation.demo.EvaluationGeneratedTexts.Question;
import org.fabrique.evaluation.demo.EvaluationGeneratedTexts.Subject;
import org.fabrique.evaluation.demo.EvaluationGeneratedVoices.Firm;
import org.fabrique.evaluation.demo.EvaluationGeneratedVoices.QuoteSpec;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.Framing;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorRepository;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.InterviewRepository;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.QuestionRepository;
import org.fabrique.evaluation.domain.Quote;

/**
 * The evaluation module's generated volume: on top of the demo, two evaluations a step, each taken through the
 * domain's steps as {@link EvaluationDemoData} takes the demo's, to the step {@link EvaluationGeneratedPlan} gives it
 * (over five steps: five in follow-up, two reported, one in analysis, one collecting its data, one in framing), dated
 * over the past ten years. One step stores, for each evaluation: 3–5 evaluative questions (with their findings from
 * the analysis on); 2–3 indicators measured every year-end from two years before the evaluation (1–2 in framing);
 * from data collection on, 8–12 interviews (5–9 while collecting) of invented people, whose names only the pôle reads,
 * with one or two quotes each; from the report on, a summary and 3–5 recommendations, the report published for most;
 * in follow-up, each recommendation owned by a directorate (often the demo accounts' culture and sports ones) or the
 * pôle, due on a date, done, abandoned, in progress or planned: those due more than two years ago done or abandoned,
 * a third of those past due since still open (overdue). Every
 * fifth step, a recommendation of the step's first evaluation commissions the second through the core, as a workshop
 * does in the demo: the commission, and the evaluation this module's observer creates in framing.
 * <p>
 * Each evaluation's steering committee is the demo's {@code pole} with demo accounts in turn ({@code elu},
 * {@code elu2}, {@code direction}, {@code direction2}, {@code expert}), who thus read its interviews and quotes.
 * Titles carry the programme year and the evaluation's lot number ("… (2019, lot 37)"). Deterministic: step
 * {@code n} draws from {@code new Random(SEED + n)}; the reference records are read once a step.
 */
@ApplicationScoped
public class EvaluationGenerated implements GeneratedContent {

    private static final long SEED = 20_130_917L;

    /** The demo directorate accounts' directorates, which own a share of the follow-ups. */
    private static final List<String> DEMO_DIRECTORATES = List.of("Direction de la culture", "Direction des sports");

    private static final String COMMISSIONED_BY = "pole";

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

    @Inject
    PublicPolicyRepository policies;

    @Inject
    CommissionService commissions;

    /** What one step knows: today, its draws, the reference records by name, and how many records it stored. */
    private static final class Step {
        final LocalDate today;
        final Random random;
        final Map<Integer, EvaluationProgramme> programmes = new HashMap<>();
        final Map<String, Long> policyIds = new HashMap<>();
        final Map<String, Long> directorateIds = new LinkedHashMap<>();
        final Map<String, Long> accountIds = new HashMap<>();
        long records;

        Step(LocalDate today, Random random) {
            this.today = today;
            this.random = random;
        }
    }

    /** An evaluation built, and the recommendation that commissions the next one, if it was asked to end on one. */
    private record Built(Evaluation evaluation, EvaluationRecommendation commissioning) {
    }

    /** After the whole demo, with the evaluation demo's order. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public int steps(int scale) {
        return Math.max(1, scale);
    }

    @Override
    @Transactional
    public long generate(int step, int scale) {
        Step s = new Step(clock.today(), new Random(SEED + step));
        evaluations.programmes().forEach(p -> s.programmes.put(p.getYear(), p));
        policies.all().forEach(p -> s.policyIds.put(p.getName(), p.getId()));
        directorates.all().forEach(d -> s.directorateIds.put(d.getName(), d.getId()));
        accounts.withUsernames(EvaluationGeneratedPlan.USERNAMES).forEach(a -> s.accountIds.put(a.getUsername(), a.getId()));

        int subjects = EvaluationGeneratedTexts.SUBJECTS.size();
        int firstSubject = s.random.nextInt(subjects);
        Subject first = EvaluationGeneratedTexts.SUBJECTS.get(firstSubject);
        Subject second = EvaluationGeneratedTexts.SUBJECTS.get((firstSubject + 1 + s.random.nextInt(subjects - 1)) % subjects);
        EvaluationStatus firstStatus = EvaluationGeneratedPlan.status(step, 0);
        EvaluationStatus secondStatus = EvaluationGeneratedPlan.status(step, 1);
        boolean commissioning = secondStatus == EvaluationStatus.FRAMING
                && (firstStatus == EvaluationStatus.REPORTED || firstStatus == EvaluationStatus.FOLLOW_UP);
        Built built = evaluation(s, EvaluationGeneratedPlan.number(step, 0), firstStatus, first, commissioning);
        if (commissioning) {
            commissioned(s, EvaluationGeneratedPlan.number(step, 1), built, first);
        } else {
            evaluation(s, EvaluationGeneratedPlan.number(step, 1), secondStatus, second, false);
        }
        return s.records;
    }

    /** One evaluation, from its framing to {@code status}, each step's content written before the next. */
    private Built evaluation(Step s, int number, EvaluationStatus status, Subject subject, boolean endsOnCommission) {
        Random random = s.random;
        Dates dates = EvaluationGeneratedPlan.dates(status, s.today, random);
        int year = dates.start().getYear();
        boolean participatory = random.nextInt(10) < 3;
        Firm firm = random.nextInt(10) < 4 ? pick(random, EvaluationGeneratedVoices.FIRMS) : null;
        String interviewer = firm != null ? firm.interviewer() : pick(random, EvaluationGeneratedVoices.POLE_INTERVIEWERS);
        String evaluators = firm != null ? firm.evaluators()
                : participatory ? EvaluationDemoTexts.RESPONSE_EVALUATORS : EvaluationDemoTexts.POLE;
        String origin = random.nextInt(10) < 7 ? EvaluationDemoTexts.programmeLabel(year)
                : pick(random, EvaluationGeneratedTexts.ORIGIN_LABELS);
        Framing framing = new Framing(EvaluationGeneratedTexts.title(subject, year, number), subject.object(),
                subject.description(), policyId(s, subject), origin, EvaluationGeneratedPlan.type(random), participatory,
                firm == null ? EvaluatorKind.INTERNAL : EvaluatorKind.EXTERNAL_FIRM, evaluators, dates.start(), dates.end());
        Evaluation evaluation = evaluations.store(new Evaluation(programme(s, year), framing, null));
        evaluation.appointSteeringCommittee(committee(s, number));
        s.records++;
        Map<Question, EvaluativeQuestion> asked = ask(s, evaluation, subject);
        measure(s, evaluation, dates, status);
        if (status == EvaluationStatus.FRAMING) {
            return new Built(evaluations.store(evaluation), null);
        }

        evaluation.advance(EvaluationStatus.DATA_COLLECTION);
        interview(s, evaluation, dates, asked, participatory, interviewer, EvaluationGeneratedPlan.interviews(status, random));
        if (status == EvaluationStatus.DATA_COLLECTION) {
            return new Built(evaluations.store(evaluation), null);
        }

        evaluation.advance(EvaluationStatus.ANALYSIS);
        asked.forEach((question, stored) -> {
            stored.writeFinding(question.finding());
            questions.store(stored);
        });
        if (status == EvaluationStatus.ANALYSIS) {
            return new Built(evaluations.store(evaluation), null);
        }

        evaluation.advance(EvaluationStatus.REPORTED);
        evaluation.writeSummary(pick(random, EvaluationGeneratedTexts.SUMMARIES).formatted(subject.phrase()));
        List<EvaluationRecommendation> recommended = recommend(s, evaluation, subject);
        EvaluationRecommendation commissioning = endsOnCommission ? store(s, new EvaluationRecommendation(evaluation.getId(),
                recommended.size() + 1, EvaluationGeneratedTexts.commissioningRecommendation(subject))) : null;
        if (dates.reportPublished() != null) {
            evaluation.publishReport(dates.reportPublished().atTime(10, 0).atZone(CityClock.ZONE).toInstant());
        }
        if (status == EvaluationStatus.REPORTED) {
            return new Built(evaluations.store(evaluation), commissioning);
        }

        evaluation.advance(EvaluationStatus.FOLLOW_UP);
        for (EvaluationRecommendation recommendation : recommended) {
            followUp(s, recommendation, subject, EvaluationGeneratedPlan.due(dates, random));
        }
        if (commissioning != null) {
            commissioning.assign(null, EvaluationDemoTexts.POLE, s.today.plusMonths(6));
            commissioning.followUp(FollowUpStatus.IN_PROGRESS, EvaluationGeneratedTexts.COMMISSIONING_COMMENT);
            recommendations.store(commissioning);
        }
        return new Built(evaluations.store(evaluation), commissioning);
    }

    /**
     * The evaluation a recommendation of {@code origin} commissions, asked for by the pôle through the core as on the
     * recommendation's page: the core keeps the commission, this module's observer creates the evaluation in framing,
     * in this year's programme; the pôle then completes its framing, its committee, its questions and indicators.
     */
    private void commissioned(Step s, int number, Built origin, Subject subject) {
        String originTitle = origin.evaluation().getTitle();
        CommissionView commission = commissions.commissionFor(COMMISSIONED_BY,
                new ResourceRef(ResourceKind.EVALUATION_RECOMMENDATION, origin.commissioning().getId()), originTitle,
                new CommissionOrder(CommissionKind.EVALUATION,
                        EvaluationGeneratedTexts.commissionedTitle(subject, s.today.getYear(), number),
                        EvaluationGeneratedTexts.commissionedBrief(originTitle), null, origin.evaluation().getPolicyId()));
        s.records += 2;
        Evaluation evaluation = evaluations.findById(commission.target().id()).orElseThrow();
        s.programmes.putIfAbsent(evaluation.getProgramme().getYear(), evaluation.getProgramme());
        Dates dates = EvaluationGeneratedPlan.dates(EvaluationStatus.FRAMING, evaluation.getStart(), s.random);
        evaluation.reframe(new Framing(evaluation.getTitle(), evaluation.getObject(), evaluation.getObjectDescription(),
                evaluation.getPolicyId(), evaluation.getOriginLabel(), evaluation.getType(), evaluation.isParticipatory(),
                evaluation.getEvaluatorKind(), EvaluationDemoTexts.POLE, evaluation.getStart(), dates.end()));
        evaluation.appointSteeringCommittee(committee(s, number));
        ask(s, evaluation, subject);
        measure(s, evaluation, dates, EvaluationStatus.FRAMING);
        evaluations.store(evaluation);
    }

    /** 3–5 of the questions, in their order. */
    private Map<Question, EvaluativeQuestion> ask(Step s, Evaluation evaluation, Subject subject) {
        List<Question> chosen = new ArrayList<>(EvaluationGeneratedTexts.QUESTIONS);
        Collections.shuffle(chosen, s.random);
        chosen = new ArrayList<>(chosen.subList(0, EvaluationGeneratedPlan.between(s.random, 3, 5)));
        chosen.sort((a, b) -> Integer.compare(a.key(), b.key()));
        Map<Question, EvaluativeQuestion> asked = new LinkedHashMap<>();
        for (Question question : chosen) {
            asked.put(question, questions.store(new EvaluativeQuestion(evaluation.getId(), asked.size() + 1,
                    question.text(subject), question.criteria())));
            s.records++;
        }
        return asked;
    }

    /**
     * 2–3 indicators (1–2 in framing), each measured at every year-end from two years before the evaluation started to
     * last year (at most seven years past the start); three in four with the first value as baseline and a target.
     */
    private void measure(Step s, Evaluation evaluation, Dates dates, EvaluationStatus status) {
        Random random = s.random;
        List<IndicatorSpec> specs = new ArrayList<>(EvaluationGeneratedTexts.INDICATORS);
        Collections.shuffle(specs, random);
        int count = status == EvaluationStatus.FRAMING ? EvaluationGeneratedPlan.between(random, 1, 2)
                : EvaluationGeneratedPlan.between(random, 2, 3);
        int firstYear = dates.start().getYear() - 2;
        int lastYear = Math.min(s.today.getYear() - 1, dates.start().getYear() + 7);
        for (IndicatorSpec spec : specs.subList(0, count)) {
            List<BigDecimal> values = EvaluationGeneratedPlan.series(spec, lastYear - firstYear + 1, random);
            boolean targeted = random.nextInt(4) > 0;
            Indicator indicator = new Indicator(evaluation.getId(), spec.name(), spec.unit(),
                    targeted ? values.get(0) : null, targeted ? EvaluationGeneratedPlan.target(spec, values.get(0)) : null,
                    spec.source());
            for (int i = 0; i < values.size(); i++) {
                int year = firstYear + i;
                indicator.record(LocalDate.of(year, 12, 31), values.get(i), EvaluationGeneratedTexts.yearlyNote(year));
            }
            indicators.store(indicator);
            s.records += 1 + values.size();
        }
    }

    /** The interviews, by date in the fieldwork, each with one or two quotes its interviewee's category would say. */
    private void interview(Step s, Evaluation evaluation, Dates dates, Map<Question, EvaluativeQuestion> asked,
            boolean participatory, String interviewer, int count) {
        Random random = s.random;
        List<IntervieweeCategory> heard = participatory ? EvaluationGeneratedVoices.HEARD_WITH_CITIZENS
                : EvaluationGeneratedVoices.HEARD;
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(EvaluationGeneratedPlan.dayBetween(random, dates.fieldworkFrom(), dates.fieldworkTo()));
        }
        Collections.sort(days);
        Map<Integer, Long> questionIds = new HashMap<>();
        asked.forEach((question, stored) -> questionIds.put(question.key(), stored.getId()));
        long firstQuestion = asked.values().iterator().next().getId();
        Set<String> names = new HashSet<>();
        List<QuoteSpec> unsaid = new ArrayList<>(EvaluationGeneratedVoices.QUOTES);
        for (LocalDate day : days) {
            IntervieweeCategory category = pick(random, heard);
            String name;
            do {
                name = pick(random, EvaluationGeneratedVoices.FIRST_NAMES) + " "
                        + pick(random, EvaluationGeneratedVoices.LAST_NAMES);
            } while (!names.add(name));
            Interview interview = interviews.store(new Interview(evaluation.getId(), category, name, day, interviewer,
                    pick(random, EvaluationGeneratedVoices.NOTES.get(category))));
            s.records++;
            int quotes = random.nextInt(10) < 3 ? 2 : 1;
            for (int q = 0; q < quotes; q++) {
                List<QuoteSpec> sayable = unsaid.stream().filter(quote -> quote.saidBy().contains(category)).toList();
                if (sayable.isEmpty()) {
                    break;
                }
                QuoteSpec quote = pick(random, sayable);
                unsaid.remove(quote);
                List<Long> informs = quote.questions().stream().sorted().filter(questionIds::containsKey)
                        .map(questionIds::get).toList();
                interviews.store(new Quote(interview, quote.text(), quote.themes(),
                        informs.isEmpty() ? List.of(firstQuestion) : informs));
                s.records++;
            }
        }
    }

    /** 3–5 recommendations, ranked from 1. */
    private List<EvaluationRecommendation> recommend(Step s, Evaluation evaluation, Subject subject) {
        List<String> texts = new ArrayList<>(EvaluationGeneratedTexts.RECOMMENDATIONS);
        Collections.shuffle(texts, s.random);
        List<EvaluationRecommendation> recommended = new ArrayList<>();
        for (String text : texts.subList(0, EvaluationGeneratedPlan.between(s.random, 3, 5))) {
            recommended.add(store(s, new EvaluationRecommendation(evaluation.getId(), recommended.size() + 1,
                    text.formatted(subject.phrase()))));
        }
        return recommended;
    }

    /**
     * Gives the recommendation its owner and due date and says where it stands: half owned by the policy's own
     * directorate, a fifth by the demo directorate accounts' own, some by another directorate, the rest by the pôle or
     * a partner named in words.
     */
    private void followUp(Step s, EvaluationRecommendation recommendation, Subject subject, LocalDate due) {
        Random random = s.random;
        int draw = random.nextInt(100);
        String directorate = draw < 50 && subject.policy() != null
                ? EvaluationGeneratedTexts.DIRECTORATE_OF_POLICY.get(subject.policy())
                : draw < 70 ? pick(random, DEMO_DIRECTORATES)
                : draw < 85 && !s.directorateIds.isEmpty() ? pick(random, List.copyOf(s.directorateIds.keySet())) : null;
        Long directorateId = directorate == null ? null : s.directorateIds.get(directorate);
        String owner = directorateId != null ? directorate : pick(random, EvaluationGeneratedTexts.OTHER_OWNERS);
        FollowUpStatus status = EvaluationGeneratedPlan.followUp(due, s.today, random);
        recommendation.assign(directorateId, owner, due);
        recommendation.followUp(status, pick(random, EvaluationGeneratedTexts.comments(status)));
        recommendations.store(recommendation);
    }

    private EvaluationRecommendation store(Step s, EvaluationRecommendation recommendation) {
        s.records++;
        return recommendations.store(recommendation);
    }

    /** The programme of a year, opened by the first evaluation of that year. */
    private EvaluationProgramme programme(Step s, int year) {
        return s.programmes.computeIfAbsent(year, y -> evaluations.store(EvaluationProgramme.ofYear(y)));
    }

    private static Long policyId(Step s, Subject subject) {
        return subject.policy() == null ? null : s.policyIds.get(subject.policy());
    }

    /** The committee of evaluation {@code number}: the demo accounts of its turn that exist. */
    private static List<Long> committee(Step s, int number) {
        return EvaluationGeneratedPlan.committee(number).stream().filter(s.accountIds::containsKey)
                .map(s.accountIds::get).toList();
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
