package org.fabrique.dialogue.demo;

import static org.fabrique.dialogue.demo.DialogueDemoTexts.DIR_CULTURE;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.DIR_SPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.GeneratedContent;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.domain.NeighbourhoodRepository;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.Assessment;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.CriterionAssessment;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.DialogueSession;
import org.fabrique.dialogue.domain.DialogueSessionRepository;
import org.fabrique.dialogue.domain.FeasibilityCriterion;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.FeasibilityStudy;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationRepository;
import org.fabrique.dialogue.demo.DialogueDemoTexts.CandidateSpec;
import org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome;
import org.fabrique.dialogue.demo.DialogueDemoTexts.SessionSpec;

/**
 * The citizen dialogue's generated volume ({@link GeneratedContent}): past programmes, one per year before the
 * demo's (the year before last, then back to 2000), each taken through its whole year by the domain's own
 * transitions. One unit of scale is 50 candidates (40 retained, 4 deferred, 3 rejected, 3 withdrawn), 40 dialogue
 * projects with 2 sessions each and 300 recommendations (7 or 8 a project): in the most recent programme every
 * state (most answered on time, some late, some still awaiting or under study past their due date, most answers
 * published), in the older, closed ones every recommendation answered and all but a few answers published, as a
 * city that keeps its commitment leaves them. Scale {@code n} spreads
 * {@code n} units over {@code min(ceil(n / 4), years since 2000)} programmes (a step each): scale 1 is one
 * programme of 50 candidates, scale 100 twenty-five of 200. The directorates, policies and neighbourhoods are
 * the demo's; the culture and sports directorates' answers are their demo accounts', so their work lists grow.
 */
@ApplicationScoped
public class DialogueGenerated implements GeneratedContent {

    private static final long SEED = 20170301L;
    private static final String POLE = "pole";
    private static final int UNITS_PER_PROGRAMME = 4;
    private static final int CANDIDATES_PER_UNIT = 50;
    private static final int RETAINED_PER_UNIT = 40;
    private static final int SESSIONS_PER_PROJECT = 2;

    /** The candidates the demo's past programmes submitted: their texts are reused, year after year. */
    private static final List<CandidateSpec> SPECS = Stream
            .concat(DialogueDemoTexts.CURRENT_YEAR.stream(), DialogueDemoTexts.PREVIOUS_YEAR.stream())
            .filter(spec -> !spec.methods().isEmpty()).toList();

    @Inject
    CityClock clock;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CandidateRepository candidates;

    @Inject
    DialogueProjectRepository projects;

    @Inject
    DialogueSessionRepository sessions;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    DirectorateRepository directorates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    NeighbourhoodRepository neighbourhoods;

    @Inject
    AccountRepository accounts;

    /** After the demo, as the dialogue's demo. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public int steps(int scale) {
        return programmesAt(scale, clock.today());
    }

    /** How many programmes hold scale {@code scale}: four units each, in the years from 2000 to the year before last. */
    static int programmesAt(int scale, LocalDate today) {
        int years = today.getYear() - 2 - Programme.YEAR_MIN + 1;
        return Math.max(1, Math.min((scale + UNITS_PER_PROGRAMME - 1) / UNITS_PER_PROGRAMME, years));
    }

    /** How many units programme {@code step} holds: the scale shared out, the first programmes one more. */
    static int unitsOf(int step, int scale, int programmeCount) {
        return scale / programmeCount + (step < scale % programmeCount ? 1 : 0);
    }

    @Override
    public long generate(int step, int scale) {
        LocalDate today = clock.today();
        int units = unitsOf(step, scale, programmesAt(scale, today));
        return new Year(today.getYear() - 2 - step, units, new Random(SEED + step), step > 0).run();
    }

    /** One generated programme: its year, its size, its random source and the reference ids. */
    private final class Year {

        private final int year;
        private final int candidateCount;
        private final Random random;
        private final boolean close;
        private final Map<String, Long> directorateIds = ids(directorates.all());
        private final Map<String, Long> policyIds = ids(policies.all());
        private final Map<String, Long> neighbourhoodIds = ids(neighbourhoods.all());
        private final List<Long> sponsors = List.of(personOf("elu"), personOf("elu2"));
        private final Map<Long, String> answererByDirectorate = Map.of(
                directorateIds.get(DIR_CULTURE), "direction", directorateIds.get(DIR_SPORTS), "direction2");
        private final LocalDate opens;
        private final LocalDate closes;
        private final LocalDate validatedOn;
        private long records;

        Year(int year, int units, Random random, boolean close) {
            this.year = year;
            this.candidateCount = units * CANDIDATES_PER_UNIT;
            this.random = random;
            this.close = close;
            this.opens = LocalDate.of(year - 1, 9, 15);
            this.closes = opens.plusDays(75);
            this.validatedOn = closes.plusDays(45);
        }

        long run() {
            Programme programme = programmes.store(new Programme(year, opens, closes, Programme.DEFAULT_TARGET_MIN,
                    Programme.DEFAULT_TARGET_MAX, Programme.DEFAULT_ANSWER_DELAY_DAYS));
            List<CandidateProject> retained = new ArrayList<>();
            for (int i = 0; i < candidateCount; i++) {
                CandidateProject candidate = candidate(programme, i);
                candidates.store(candidate);
                records++;
                if (candidate.isRetained()) {
                    retained.add(candidate);
                }
            }
            programme.validate(retained.size(), programme.isInTargetRange(retained.size()) ? null
                    : "Programme de la métropole : " + retained.size() + " démarches retenues sur " + candidateCount
                            + " candidatures, au-delà de la fourchette indicative.", "elu", at(validatedOn, 18));
            for (int i = 0; i < retained.size(); i++) {
                DialogueProject project = projects.store(new DialogueProject(retained.get(i)));
                records++;
                if (i % 4 == 0) {
                    project.recordLessons(DialogueDemoTexts.OPINION_COMMENTS.get(FeasibilityOpinion.FEASIBLE));
                }
                List<DialogueSession> held = sessions(project, i);
                for (int rank = 0; rank < 7 + i % 2; rank++) {
                    recommendations.store(recommendation(project, held, i, rank));
                    records++;
                }
            }
            if (close) {
                programme.close();
            }
            programmes.store(programme);
            return records + 1;
        }

        /** The {@code i}th candidate: submitted in the window, then withdrawn or studied and arbitrated. */
        private CandidateProject candidate(Programme programme, int i) {
            CandidateSpec spec = SPECS.get(i % SPECS.size());
            long windowDays = ChronoUnit.DAYS.between(opens, closes);
            LocalDate created = opens.plusDays(i * (windowDays - 10) / candidateCount);
            CandidateDraft draft = new CandidateDraft(spec.title(), spec.summary(), policyIds.get(spec.policy()),
                    sponsors.get(i % 2), spec.scale(),
                    spec.neighbourhood() == null ? null : neighbourhoodIds.get(spec.neighbourhood()),
                    DialogueDemoTexts.STAKES.get(i % DialogueDemoTexts.STAKES.size()),
                    DialogueDemoTexts.LEVERS.get(i * 3 % DialogueDemoTexts.LEVERS.size()), spec.level(),
                    new HashSet<>(spec.methods()), spec.theme().publics,
                    DialogueDemoTexts.CALENDARS.get(i % DialogueDemoTexts.CALENDARS.size()),
                    BigDecimal.valueOf(5_000L + 2_500L * random.nextInt(24)));
            long directorateId = directorateIds.get(spec.directorate());
            CandidateProject candidate = new CandidateProject(programme, directorateId, draft,
                    answererOf(directorateId), at(created, 9));
            LocalDate submitted = min(created.plusDays(2 + i % 9), closes);
            candidate.submit(submitted, at(submitted, 10 + i % 7));
            Outcome outcome = outcomeOf(i);
            if (outcome == Outcome.WITHDRAWN) {
                candidate.withdraw(at(submitted.plusDays(3), 9));
                return candidate;
            }
            candidate.recordFeasibility(study(outcome, i, at(closes.plusDays(2 + i % 10), 14)));
            List<String> reasons = DialogueDemoTexts.ARBITRATION_REASONS.get(outcome);
            candidate.arbitrate(ArbitrationDecision.valueOf(outcome.name()), reasons.get(i % reasons.size()),
                    i % 3 == 0 ? "elu2" : "elu", at(validatedOn.minusDays(8 - i % 4), 17));
            return candidate;
        }

        /** Two sessions in the programme's year, the first some weeks after the validation. */
        private List<DialogueSession> sessions(DialogueProject project, int i) {
            List<DialogueSession> held = new ArrayList<>();
            LocalDate first = validatedOn.plusDays(20 + random.nextInt(150));
            for (int s = 0; s < SESSIONS_PER_PROJECT; s++) {
                SessionSpec spec = DialogueDemoTexts.SESSIONS.get((i * SESSIONS_PER_PROJECT + s) % DialogueDemoTexts.SESSIONS.size());
                held.add(sessions.store(new DialogueSession(project, first.plusDays(60L * s), spec.place(), spec.method(),
                        spec.group(), spec.participants(), spec.themes(), spec.outputs())));
                records++;
            }
            return held;
        }

        /**
         * A recommendation heard at one of the sessions, recorded a few days later. In the most recent programme
         * (the year before last, still validated) every state: answered on time (seven in ten), late (one in six),
         * under study past its due date, or still awaiting its answer; most final answers published. In the older,
         * closed ones the city has kept its commitment: every recommendation answered, one in five late, and all but
         * a few answers published.
         */
        private Recommendation recommendation(DialogueProject project, List<DialogueSession> held, int i, int rank) {
            DialogueSession session = held.get(rank % held.size());
            LocalDate recordedOn = session.getDate().plusDays(1 + random.nextInt(20));
            LocalDate due = project.getProgramme().dueDateFor(recordedOn);
            String partner = DialogueDemoTexts.PARTNER.get(nameOf(project.getDirectorateId()));
            long assignee = partner != null && random.nextInt(10) >= 8 ? directorateIds.get(partner) : project.getDirectorateId();
            Recommendation recommendation = new Recommendation(project, session.getId(), text(project, i, rank), assignee,
                    recordedOn, due, POLE);
            int draw = random.nextInt(100);
            int onTime = close ? 80 : 70;
            int late = close ? 100 : 86;
            if (draw < onTime) {
                answer(recommendation, finalPosition(), recordedOn.plusDays(5 + random.nextInt(80)));
            } else if (draw < late) {
                answer(recommendation, finalPosition(), due.plusDays(5 + random.nextInt(60)));
            } else if (draw < 94) {
                answer(recommendation, AnswerPosition.UNDER_STUDY, recordedOn.plusDays(20 + random.nextInt(60)));
            }
            if (draw < late && random.nextInt(100) < (close ? 98 : 70)) {
                recommendation.publish(at(recommendation.getAnswer().answeredOn().plusDays(5 + random.nextInt(15)), 11));
            }
            return recommendation;
        }

        private String text(DialogueProject project, int i, int rank) {
            List<String> themed = themeOf(project.getTitle()).recommendations;
            String base = rank % 5 == 4
                    ? DialogueDemoTexts.CROSS_CUTTING.get((i + rank) % DialogueDemoTexts.CROSS_CUTTING.size())
                    : themed.get((i + rank) % themed.size());
            String suffix = random.nextInt(100) < 35
                    ? DialogueDemoTexts.SUFFIXES.get(random.nextInt(DialogueDemoTexts.SUFFIXES.size())) : "";
            return base + suffix + ".";
        }

        private AnswerPosition finalPosition() {
            int draw = random.nextInt(100);
            return draw < 45 ? AnswerPosition.RETAINED : draw < 78 ? AnswerPosition.RETAINED_WITH_CHANGES : AnswerPosition.NOT_RETAINED;
        }

        private void answer(Recommendation recommendation, AnswerPosition position, LocalDate on) {
            List<String> texts = DialogueDemoTexts.ANSWERS.get(position);
            String plannedActions = position == AnswerPosition.RETAINED || position == AnswerPosition.RETAINED_WITH_CHANGES
                    ? DialogueDemoTexts.PLANNED_ACTIONS.get(random.nextInt(DialogueDemoTexts.PLANNED_ACTIONS.size())) : null;
            recommendation.answer(position, texts.get(random.nextInt(texts.size())), plannedActions,
                    answererOf(recommendation.getDirectorateId()), on, at(on, 9 + random.nextInt(9)));
        }

        private FeasibilityStudy study(Outcome outcome, int i, Instant at) {
            Map<FeasibilityCriterion, Assessment> grades = new EnumMap<>(FeasibilityCriterion.class);
            Assessment usual = outcome == Outcome.RETAINED ? Assessment.FAVOURABLE
                    : outcome == Outcome.DEFERRED ? Assessment.RESERVATIONS : Assessment.UNFAVOURABLE;
            for (FeasibilityCriterion criterion : FeasibilityCriterion.values()) {
                grades.put(criterion, (i + criterion.ordinal()) % 4 == 0 && outcome == Outcome.RETAINED
                        ? Assessment.RESERVATIONS : usual);
            }
            List<CriterionAssessment> criteria = grades.entrySet().stream()
                    .map(e -> new CriterionAssessment(e.getKey(), e.getValue(),
                            DialogueDemoTexts.CRITERION_COMMENTS.get(e.getKey()).get(e.getValue()).get(i % 2)))
                    .toList();
            FeasibilityOpinion opinion = outcome == Outcome.REJECTED ? FeasibilityOpinion.NOT_FEASIBLE
                    : grades.values().stream().allMatch(Assessment.FAVOURABLE::equals) ? FeasibilityOpinion.FEASIBLE
                            : FeasibilityOpinion.FEASIBLE_WITH_CONDITIONS;
            return new FeasibilityStudy(criteria, opinion, DialogueDemoTexts.OPINION_COMMENTS.get(opinion), POLE, at);
        }

        private String answererOf(long directorateId) {
            return answererByDirectorate.getOrDefault(directorateId, POLE);
        }

        private String nameOf(long directorateId) {
            return directorateIds.entrySet().stream().filter(e -> e.getValue() == directorateId).findFirst()
                    .orElseThrow().getKey();
        }

        private Long personOf(String username) {
            return accounts.findByUsername(username).orElseThrow().getPerson().getId();
        }
    }

    /** What becomes of the {@code i}th candidate of a programme: 40 in 50 retained, the others spread. */
    static Outcome outcomeOf(int i) {
        int rank = i * 7 % CANDIDATES_PER_UNIT;
        return rank < RETAINED_PER_UNIT ? Outcome.RETAINED : rank < 44 ? Outcome.DEFERRED
                : rank < 47 ? Outcome.REJECTED : Outcome.WITHDRAWN;
    }

    private static DialogueDemoTexts.Theme themeOf(String title) {
        return SPECS.stream().filter(spec -> spec.title().equals(title)).findFirst().orElseThrow().theme();
    }

    private static Map<String, Long> ids(List<? extends NamedReference> references) {
        Map<String, Long> ids = new HashMap<>();
        references.forEach(reference -> ids.put(reference.getName(), reference.getId()));
        return ids;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(CityClock.ZONE).toInstant();
    }
}
