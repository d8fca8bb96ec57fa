package org.fabrique.dialogue.demo;

import static org.fabrique.dialogue.demo.DialogueDemoTexts.DIR_CULTURE;
import static org.fabrique.dialogue.demo.DialogueDemoTexts.DIR_SPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.DemoContent;
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
import org.fabrique.dialogue.domain.RecommendationStatus;
import org.fabrique.dialogue.demo.DialogueDemoTexts.CandidateSpec;
import org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome;
import org.fabrique.dialogue.demo.DialogueDemoTexts.SessionSpec;

/**
 * The citizen-dialogue part of the demo, a programme at every stage, dated from today so that it stays
 * realistic whenever it is loaded: next year's open for submissions (drafts, submitted, one studied);
 * this year's validated some ten months ago, with its dialogue projects, their sessions and about 150
 * recommendations answered on time, late, under study, overdue or not yet due; last year's closed,
 * every answer given. Built through the domain's own transitions, deterministically (fixed seed).
 * Loaded by the start-up as a {@link DemoContent}, inside its transaction, once the directorates, policies,
 * neighbourhoods and demo accounts exist.
 */
@ApplicationScoped
public class DialogueDemoData implements DemoContent {

    private static final Logger LOG = Logger.getLogger(DialogueDemoData.class.getName());

    /** The day of the seed's visit to the pôle. */
    private static final long SEED = 20161020L;
        private static final String POLE = "pole";

    /** What happens to a recommendation after it is recorded, which decides when it was recorded. */
    private enum Fate {
        ANSWERED_ON_TIME, ANSWERED_LATE, OVERDUE, OVERDUE_UNDER_STUDY, UNDER_STUDY, ANSWERED_EARLY, AWAITING, DUE_SOON
    }

    /** The mix of fates of this year's recommendations, repeated then shuffled. */
    private static final List<Fate> FATE_PATTERN = List.of(
            Fate.ANSWERED_ON_TIME, Fate.ANSWERED_ON_TIME, Fate.ANSWERED_ON_TIME, Fate.ANSWERED_ON_TIME,
            Fate.ANSWERED_ON_TIME, Fate.ANSWERED_ON_TIME, Fate.ANSWERED_ON_TIME, Fate.ANSWERED_LATE,
            Fate.ANSWERED_LATE, Fate.ANSWERED_LATE, Fate.OVERDUE, Fate.OVERDUE, Fate.OVERDUE_UNDER_STUDY,
            Fate.UNDER_STUDY, Fate.UNDER_STUDY, Fate.ANSWERED_EARLY, Fate.ANSWERED_EARLY, Fate.AWAITING,
            Fate.AWAITING, Fate.DUE_SOON);

    /** The culture directorate (the {@code direction} account's) gets these first, so it has work to do. */
    private static final List<Fate> CULTURE_FIRST_FATES = List.of(
            Fate.OVERDUE, Fate.DUE_SOON, Fate.OVERDUE_UNDER_STUDY, Fate.DUE_SOON, Fate.OVERDUE, Fate.UNDER_STUDY);

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

    /** After the core's demo (the citizen dialogue). */
    @Override
    public int order() {
        return 10;
    }

    /** Loads the three programmes; needs CoreDemo's directorates, policies, neighbourhoods and accounts. */
    @Override
    @Transactional
    public void load() {
        new Loading(clock.today()).run();
    }

    /** One loading: today, the random source, the reference ids and what was counted. */
    private final class Loading {

        private final LocalDate today;
        private final Random random = new Random(SEED);
        private final Map<String, Long> directorateIds = ids(directorates.all());
        private final Map<String, Long> policyIds = ids(policies.all());
        private final Map<String, Long> neighbourhoodIds = ids(neighbourhoods.all());
        private final List<Long> sponsors = List.of(personOf("elu"), personOf("elu2"));
        private final Map<Long, String> answererByDirectorate = Map.of(
                directorateIds.get(DIR_CULTURE), "direction", directorateIds.get(DIR_SPORTS), "direction2");
        private final Map<Fate, Integer> fates = new EnumMap<>(Fate.class);
        private int sessionCount;
        private int publishedCount;

        Loading(LocalDate today) {
            this.today = today;
        }

        void run() {
            int year = today.getYear();
            Programme next = openProgramme(year + 1);
            List<DialogueProject> current = validatedProgramme(year, today.minusDays(400), today.minusDays(330),
                    today.minusDays(300), DialogueDemoTexts.CURRENT_YEAR, null);
            Map<Long, List<DialogueSession>> currentSessions = sessions(current);
            lessons(current);
            int currentRecommendations = currentRecommendations(current, currentSessions);

            List<DialogueProject> previous = validatedProgramme(year - 1, today.minusDays(765), today.minusDays(700),
                    today.minusDays(665), DialogueDemoTexts.PREVIOUS_YEAR,
                    "Première année du mandat : un programme resserré sur six démarches, le temps de constituer l'équipe du pôle.");
            int previousRecommendations = previousRecommendations(previous, sessions(previous));
            lessons(previous);
            Programme last = previous.get(0).getProgramme();
            last.close();
            programmes.store(last);

            LOG.info(() -> "Citizen-dialogue demo loaded: programme " + next.getYear() + " open ("
                    + DialogueDemoTexts.NEXT_YEAR.size() + " candidates); " + year + " validated ("
                    + DialogueDemoTexts.CURRENT_YEAR.size() + " candidates, " + current.size() + " dialogue projects, "
                    + currentRecommendations + " recommendations " + fates + "); " + (year - 1) + " closed ("
                    + DialogueDemoTexts.PREVIOUS_YEAR.size() + " candidates, " + previous.size() + " projects, "
                    + previousRecommendations + " recommendations); " + sessionCount + " sessions, "
                    + publishedCount + " answers published");
        }

        /** Next year's programme, open today: drafts of the demo directorates, submissions, one study. */
        private Programme openProgramme(int year) {
            Programme programme = programmes.store(new Programme(year, today.minusDays(20), today.plusDays(60), Programme.DEFAULT_TARGET_MIN, Programme.DEFAULT_TARGET_MAX,
                    Programme.DEFAULT_ANSWER_DELAY_DAYS));
            List<CandidateSpec> specs = DialogueDemoTexts.NEXT_YEAR;
            for (int i = 0; i < specs.size(); i++) {
                CandidateSpec spec = specs.get(i);
                LocalDate created = today.minusDays(15 - 2L * i);
                CandidateProject candidate = draft(programme, spec, i, created);
                if (spec.outcome() != Outcome.DRAFT) {
                    LocalDate submitted = created.plusDays(3);
                    candidate.submit(submitted, at(submitted, 16));
                }
                if (spec.outcome() == Outcome.STUDIED) {
                    candidate.recordFeasibility(study(Outcome.STUDIED, i, at(today.minusDays(1), 15)));
                }
                candidates.store(candidate);
            }
            return programme;
        }

        /**
         * A programme taken through its past year: every candidate submitted in the window, then withdrawn or
         * studied and arbitrated, the programme validated on {@code validatedOn}; returns its dialogue projects.
         */
        private List<DialogueProject> validatedProgramme(int year, LocalDate opens, LocalDate closes,
                LocalDate validatedOn, List<CandidateSpec> specs, String justification) {
            Programme programme = programmes.store(new Programme(year, opens, closes, Programme.DEFAULT_TARGET_MIN, Programme.DEFAULT_TARGET_MAX, Programme.DEFAULT_ANSWER_DELAY_DAYS));
            long windowDays = ChronoUnit.DAYS.between(opens, closes);
            List<CandidateProject> retained = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                CandidateSpec spec = specs.get(i);
                LocalDate created = opens.plusDays(i * windowDays / (specs.size() + 4));
                CandidateProject candidate = draft(programme, spec, i, created);
                LocalDate submitted = min(created.plusDays(4 + i % 9), closes);
                candidate.submit(submitted, at(submitted, 10 + i % 7));
                if (spec.outcome() == Outcome.WITHDRAWN) {
                    candidate.withdraw(at(submitted.plusDays(6), 9));
                } else {
                    candidate.recordFeasibility(study(spec.outcome(), i, at(closes.plusDays(2 + i % 10), 14)));
                    List<String> reasons = DialogueDemoTexts.ARBITRATION_REASONS.get(spec.outcome());
                    candidate.arbitrate(ArbitrationDecision.valueOf(spec.outcome().name()), reasons.get(i % reasons.size()),
                            i % 3 == 0 ? "elu2" : "elu", at(validatedOn.minusDays(8 - i % 4), 17));
                }
                candidates.store(candidate);
                if (candidate.isRetained()) {
                    retained.add(candidate);
                }
            }
            programme.validate(retained.size(), programme.isInTargetRange(retained.size()) ? null : justification, "elu",
                    at(validatedOn, 18));
            programmes.store(programme);
            return retained.stream().map(candidate -> projects.store(new DialogueProject(candidate))).toList();
        }

        private CandidateProject draft(Programme programme, CandidateSpec spec, int i, LocalDate created) {
            boolean complete = !spec.methods().isEmpty();
            CandidateDraft draft = new CandidateDraft(spec.title(), spec.summary(), policyIds.get(spec.policy()),
                    sponsors.get(i % 2), spec.scale(), spec.neighbourhood() == null ? null : neighbourhoodIds.get(spec.neighbourhood()),
                    DialogueDemoTexts.STAKES.get(i % DialogueDemoTexts.STAKES.size()),
                    complete ? DialogueDemoTexts.LEVERS.get(i * 3 % DialogueDemoTexts.LEVERS.size()) : null,
                    spec.level(), new HashSet<>(spec.methods()), spec.theme().publics,
                    DialogueDemoTexts.CALENDARS.get(i % DialogueDemoTexts.CALENDARS.size()),
                    BigDecimal.valueOf(5_000L + 2_500L * random.nextInt(24)));
            long directorateId = directorateIds.get(spec.directorate());
            return new CandidateProject(programme, directorateId, draft,
                    answererByDirectorate.getOrDefault(directorateId, POLE), at(created, 9));
        }

        /** The pôle's study: favourable for the retained, mixed for the deferred, unfavourable for the rejected. */
        private FeasibilityStudy study(Outcome outcome, int i, Instant at) {
            Map<FeasibilityCriterion, Assessment> grades = new EnumMap<>(FeasibilityCriterion.class);
            grades.put(FeasibilityCriterion.HIGH_STAKES, outcome == Outcome.REJECTED && i % 2 == 0
                    ? Assessment.RESERVATIONS : Assessment.FAVOURABLE);
            switch (outcome) {
                case DEFERRED -> {
                    grades.put(FeasibilityCriterion.SUPPORT_AND_OPENNESS, Assessment.RESERVATIONS);
                    grades.put(FeasibilityCriterion.LEVERS_OF_ACTION, Assessment.RESERVATIONS);
                    grades.put(FeasibilityCriterion.RESOURCES_AND_CALENDAR, Assessment.UNFAVOURABLE);
                }
                case REJECTED -> {
                    grades.put(FeasibilityCriterion.SUPPORT_AND_OPENNESS, i % 2 == 0 ? Assessment.UNFAVOURABLE : Assessment.RESERVATIONS);
                    grades.put(FeasibilityCriterion.LEVERS_OF_ACTION, i % 2 == 0 ? Assessment.RESERVATIONS : Assessment.UNFAVOURABLE);
                    grades.put(FeasibilityCriterion.RESOURCES_AND_CALENDAR, Assessment.RESERVATIONS);
                }
                default -> {
                    grades.put(FeasibilityCriterion.SUPPORT_AND_OPENNESS, i % 4 == 1 ? Assessment.RESERVATIONS : Assessment.FAVOURABLE);
                    grades.put(FeasibilityCriterion.LEVERS_OF_ACTION, i % 3 == 0 ? Assessment.RESERVATIONS : Assessment.FAVOURABLE);
                    grades.put(FeasibilityCriterion.RESOURCES_AND_CALENDAR, i % 5 == 2 ? Assessment.RESERVATIONS : Assessment.FAVOURABLE);
                }
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

        /** The sessions of these projects, by project id, in date order. */
        private Map<Long, List<DialogueSession>> sessions(List<DialogueProject> ofProgramme) {
            Map<String, DialogueProject> byTitle = new HashMap<>();
            ofProgramme.forEach(project -> byTitle.put(project.getTitle(), project));
            Map<Long, List<DialogueSession>> byProject = new HashMap<>();
            for (SessionSpec spec : DialogueDemoTexts.SESSIONS) {
                DialogueProject project = byTitle.get(spec.project());
                if (project != null) {
                    DialogueSession session = sessions.store(new DialogueSession(project, today.minusDays(spec.daysAgo()),
                            spec.place(), spec.method(), spec.group(), spec.participants(), spec.themes(), spec.outputs()));
                    byProject.computeIfAbsent(project.getId(), id -> new ArrayList<>()).add(session);
                    sessionCount++;
                }
            }
            return byProject;
        }

        /** The lessons the pôle drew from some of these projects. */
        private void lessons(List<DialogueProject> ofProgramme) {
            for (DialogueProject project : ofProgramme) {
                String lessons = DialogueDemoLessons.BY_PROJECT.get(project.getTitle());
                if (lessons != null) {
                    project.recordLessons(lessons);
                    projects.store(project);
                }
            }
        }

        /** About 150 recommendations over this year's projects, in every state; returns how many. */
        private int currentRecommendations(List<DialogueProject> current, Map<Long, List<DialogueSession>> byProject) {
            List<Slot> slots = slots(current, p -> DialogueDemoTexts.RECOMMENDATION_COUNTS.getOrDefault(p.title(), 2 + p.index() % 3));
            List<Fate> planned = new ArrayList<>();
            while (planned.size() < slots.size()) {
                planned.addAll(FATE_PATTERN);
            }
            planned = new ArrayList<>(planned.subList(0, slots.size()));
            Collections.shuffle(planned, random);
            Iterator<Fate> cultureFirst = CULTURE_FIRST_FATES.iterator();
            long culture = directorateIds.get(DIR_CULTURE);
            int answered = 0;
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                Fate fate = slot.directorateId() == culture && cultureFirst.hasNext() ? cultureFirst.next() : planned.get(i);
                fates.merge(fate, 1, Integer::sum);
                Recommendation recommendation = recommend(slot, fate, byProject.getOrDefault(slot.project().getId(), List.of()));
                if (recommendation.getStatus() == RecommendationStatus.ANSWERED && answered++ % 3 == 0) {
                    publish(recommendation);
                }
                recommendations.store(recommendation);
            }
            return slots.size();
        }

        /** Last year's twenty recommendations, every one answered, most on time, most published. */
        private int previousRecommendations(List<DialogueProject> previous, Map<Long, List<DialogueSession>> byProject) {
            List<Slot> slots = slots(previous, p -> p.index() < 2 ? 4 : 3);
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                Recommendation recommendation = recommend(slot, i % 5 == 3 ? Fate.ANSWERED_LATE : Fate.ANSWERED_ON_TIME,
                        byProject.getOrDefault(slot.project().getId(), List.of()), 430, 640);
                if (i % 5 != 1) {
                    publish(recommendation);
                }
                recommendations.store(recommendation);
            }
            return slots.size();
        }

        private record ProjectIndex(String title, int index) {
        }

        /** One recommendation to record: its project, its rank in the project, and who must answer. */
        private record Slot(DialogueProject project, int rank, int textOffset, List<String> themed, long directorateId) {
        }

        private List<Slot> slots(List<DialogueProject> ofProgramme, ToIntFunction<ProjectIndex> count) {
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < ofProgramme.size(); i++) {
                DialogueProject project = ofProgramme.get(i);
                String partner = DialogueDemoTexts.PARTNER.get(nameOf(project.getDirectorateId()));
                int offset = random.nextInt(100);
                List<String> themed = themeOf(project.getTitle()).recommendations;
                int n = count.applyAsInt(new ProjectIndex(project.getTitle(), i));
                for (int rank = 0; rank < n; rank++) {
                    long assignee = random.nextInt(10) < 8 || partner == null ? project.getDirectorateId() : directorateIds.get(partner);
                    slots.add(new Slot(project, rank, offset, themed, assignee));
                }
            }
            return slots;
        }

        private Recommendation recommend(Slot slot, Fate fate, List<DialogueSession> projectSessions) {
            int[] range = switch (fate) {
                case ANSWERED_ON_TIME -> new int[] {95, 270};
                case ANSWERED_LATE -> new int[] {140, 270};
                case OVERDUE, OVERDUE_UNDER_STUDY -> new int[] {95, 200};
                case UNDER_STUDY, ANSWERED_EARLY -> new int[] {20, 85};
                case AWAITING -> new int[] {5, 75};
                case DUE_SOON -> new int[] {78, 88};
            };
            return recommend(slot, fate, projectSessions, range[0], range[1]);
        }

        /**
         * Records the recommendation {@code daysAgo} days ago (between {@code fewest} and {@code most}, and after
         * the project's first session if it has any, so as to come from one), then answers it as its fate says.
         */
        private Recommendation recommend(Slot slot, Fate fate, List<DialogueSession> projectSessions, int fewest, int most) {
            int latest = projectSessions.isEmpty() ? most
                    : Math.min(most, (int) ChronoUnit.DAYS.between(projectSessions.get(0).getDate(), today) - 1);
            int daysAgo = between(fewest, Math.max(fewest, latest));
            LocalDate recordedOn = today.minusDays(daysAgo);
            Long sessionId = projectSessions.stream().filter(s -> !s.getDate().isAfter(recordedOn))
                    .reduce((first, second) -> second).map(DialogueSession::getId).orElse(null);
            Programme programme = slot.project().getProgramme();
            LocalDate due = programme.dueDateFor(recordedOn);
            Recommendation recommendation = new Recommendation(slot.project(), sessionId, text(slot), slot.directorateId(),
                    recordedOn, due, POLE);
            switch (fate) {
                case ANSWERED_ON_TIME -> answer(recommendation, finalPosition(), recordedOn.plusDays(between(10, 88)));
                case ANSWERED_LATE -> answer(recommendation, finalPosition(), due.plusDays(between(5, 40)));
                case ANSWERED_EARLY -> answer(recommendation, finalPosition(), recordedOn.plusDays(between(3, daysAgo - 1)));
                case OVERDUE_UNDER_STUDY -> answer(recommendation, AnswerPosition.UNDER_STUDY, recordedOn.plusDays(between(20, 80)));
                case UNDER_STUDY -> answer(recommendation, AnswerPosition.UNDER_STUDY, recordedOn.plusDays(between(3, daysAgo - 1)));
                default -> {
                    // still awaiting its answer
                }
            }
            return recommendation;
        }

        /** Mostly the project's theme, now and then a concern every project hears, sometimes with a precision. */
        private String text(Slot slot) {
            List<String> themed = slot.themed();
            String base = slot.rank() % 5 == 4
                    ? DialogueDemoTexts.CROSS_CUTTING.get((slot.textOffset() + slot.rank()) % DialogueDemoTexts.CROSS_CUTTING.size())
                    : themed.get((slot.textOffset() + slot.rank()) % themed.size());
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
                    answererByDirectorate.getOrDefault(recommendation.getDirectorateId(), POLE), on, at(on, 9 + random.nextInt(9)));
        }

        private void publish(Recommendation recommendation) {
            LocalDate on = min(recommendation.getAnswer().answeredOn().plusDays(between(5, 20)), today.minusDays(1));
            recommendation.publish(at(on, 11));
            publishedCount++;
        }

        private DialogueDemoTexts.Theme themeOf(String title) {
            return Stream.concat(DialogueDemoTexts.CURRENT_YEAR.stream(), DialogueDemoTexts.PREVIOUS_YEAR.stream())
                    .filter(spec -> spec.title().equals(title)).findFirst().orElseThrow().theme();
        }

        private Long personOf(String username) {
            return accounts.findByUsername(username).orElseThrow().getPerson().getId();
        }

        private String nameOf(long directorateId) {
            return directorateIds.entrySet().stream().filter(e -> e.getValue() == directorateId).findFirst().orElseThrow().getKey();
        }

        private int between(int fewest, int most) {
            return fewest + random.nextInt(most - fewest + 1);
        }
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
