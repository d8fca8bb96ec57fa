package org.fabrique.evaluation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.demo.CoreDemo;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorRepository;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.InterviewRepository;
import org.fabrique.evaluation.domain.Measurement;
import org.fabrique.evaluation.domain.QuestionRepository;
import org.fabrique.evaluation.domain.Quote;
import org.junit.jupiter.api.Test;

/**
 * The generated volume, run step by step on repositories kept in memory (ids given as the database would), over
 * the core demo's directorates, policies and accounts: every step of the largest scale builds through the domain
 * without breaking an invariant, on any day of the year, and what it stores holds together as the pages expect.
 */
class EvaluationGeneratedTest {

    private static final int MAX_SCALE = 1000;

    @Test
    void every_step_of_the_largest_scale_builds_and_holds_together_whatever_the_day() {
        for (LocalDate today : List.of(LocalDate.of(2026, 3, 16), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1))) {
            Database db = new Database(today);
            long counted = 0;
            for (int step = 0; step < db.generator.steps(MAX_SCALE); step++) {
                counted += db.generator.generate(step, MAX_SCALE);
            }
            assertThat(counted).isEqualTo(db.records());
            assertHoldsTogether(db, today);
        }
    }

    @Test
    void the_same_step_gives_the_same_records() {
        LocalDate today = LocalDate.of(2026, 3, 16);
        Database once = new Database(today);
        Database again = new Database(today);
        for (int step = 0; step < 7; step++) {
            once.generator.generate(step, 7);
            again.generator.generate(step, 7);
        }
        assertThat(again.digest()).isEqualTo(once.digest()).isNotEmpty();
    }

    @Test
    void scale_one_gives_the_analysis_and_the_report_the_demo_lacks_and_five_steps_every_status() {
        assertThat(EnumSet.of(EvaluationGeneratedPlan.status(0, 0), EvaluationGeneratedPlan.status(0, 1)))
                .containsExactlyInAnyOrder(EvaluationStatus.ANALYSIS, EvaluationStatus.REPORTED);
        Set<EvaluationStatus> inFiveSteps = EnumSet.noneOf(EvaluationStatus.class);
        for (int step = 0; step < 5; step++) {
            inFiveSteps.add(EvaluationGeneratedPlan.status(step, 0));
            inFiveSteps.add(EvaluationGeneratedPlan.status(step, 1));
        }
        assertThat(inFiveSteps).containsExactlyInAnyOrder(EvaluationStatus.values());
        assertThat(EvaluationGeneratedPlan.committee(1)).contains("pole", "elu", "expert");
        assertThat(EvaluationGeneratedPlan.committee(2)).contains("pole", "direction");
    }

    @Test
    void the_subjects_name_the_core_demos_policies_and_directorates() throws ReflectiveOperationException {
        List<String> policies = coreDemoList("PUBLIC_POLICIES");
        assertThat(EvaluationGeneratedTexts.SUBJECTS.stream().map(EvaluationGeneratedTexts.Subject::policy)
                .filter(Objects::nonNull).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(policies);
        assertThat(coreDemoList("DIRECTORATES")).containsAll(EvaluationGeneratedTexts.DIRECTORATE_OF_POLICY.values());
        assertThat(policies).containsAll(EvaluationGeneratedTexts.DIRECTORATE_OF_POLICY.keySet());
    }

    @Test
    void of_contracts_the_article_as_french_does() {
        assertThat(EvaluationGeneratedTexts.of("le Pass culture jeunes")).isEqualTo("du Pass culture jeunes");
        assertThat(EvaluationGeneratedTexts.of("les marches exploratoires")).isEqualTo("des marches exploratoires");
        assertThat(EvaluationGeneratedTexts.of("la politique jeunesse")).isEqualTo("de la politique jeunesse");
        assertThat(EvaluationGeneratedTexts.of("l'aide alimentaire d'urgence")).isEqualTo("de l'aide alimentaire d'urgence");
    }

    private static void assertHoldsTogether(Database db, LocalDate today) {
        List<Evaluation> evaluations = db.all(Evaluation.class);
        assertThat(evaluations).hasSize(2 * MAX_SCALE);
        assertThat(evaluations).extracting(Evaluation::getTitle).doesNotHaveDuplicates()
                .allSatisfy(title -> assertThat(title.length()).isLessThanOrEqualTo(Evaluation.TITLE_MAX_LENGTH));
        assertThat(evaluations).extracting(Evaluation::getStatus).contains(EvaluationStatus.values());
        assertThat(db.all(EvaluationProgramme.class)).extracting(EvaluationProgramme::getYear).doesNotHaveDuplicates()
                .allSatisfy(year -> assertThat(year).isBetween(today.getYear() - 10, today.getYear()));
        for (Evaluation e : evaluations) {
            assertThat(e.getStart()).isAfter(today.minusYears(10)).isBeforeOrEqualTo(today);
            assertThat(e.getEnd()).isAfterOrEqualTo(e.getStart());
            assertThat(e.getProgramme().getYear()).isEqualTo(e.getStart().getYear());
            assertThat(e.getSteeringCommittee()).contains(db.accountId("pole"));
            if (e.getReportPublishedAt() != null) {
                assertThat(e.getReportPublishedAt()).isBefore(today.atStartOfDay(CityClock.ZONE).toInstant());
            }
            assertThat(e.getSummary() != null).isEqualTo(e.getStatus().compareTo(EvaluationStatus.REPORTED) >= 0);
            assertThat(e.getCommissionId() != null).isEqualTo(e.getStatus() == EvaluationStatus.FRAMING);
        }
        Map<Long, Evaluation> byId = evaluations.stream().collect(Collectors.toMap(Evaluation::getId, e -> e));
        for (Interview interview : db.all(Interview.class)) {
            Evaluation e = byId.get(interview.getEvaluationId());
            assertThat(e.getStatus()).isNotEqualTo(EvaluationStatus.FRAMING);
            assertThat(interview.getInterviewedOn()).isAfter(e.getStart()).isBefore(today).isBeforeOrEqualTo(e.getEnd());
        }
        Map<Long, Long> evaluationOfQuestion = db.all(EvaluativeQuestion.class).stream()
                .collect(Collectors.toMap(EvaluativeQuestion::getId, EvaluativeQuestion::getEvaluationId));
        for (Quote quote : db.all(Quote.class)) {
            assertThat(quote.getQuestionIds()).isNotEmpty().allSatisfy(id -> assertThat(evaluationOfQuestion.get(id))
                    .isEqualTo(quote.getInterview().getEvaluationId()));
        }
        for (Indicator indicator : db.all(Indicator.class)) {
            assertThat(indicator.getMeasurements()).isNotEmpty().extracting(Measurement::getMeasuredOn)
                    .allSatisfy(on -> assertThat(on).isBefore(today));
        }
        List<EvaluationRecommendation> recommendations = db.all(EvaluationRecommendation.class);
        for (EvaluationRecommendation r : recommendations) {
            boolean followed = byId.get(r.getEvaluationId()).getStatus() == EvaluationStatus.FOLLOW_UP;
            assertThat(r.getDueDate() != null && r.getOwnerLabel() != null).isEqualTo(followed);
        }
        assertThat(recommendations).extracting(EvaluationRecommendation::getStatus).contains(FollowUpStatus.values());
        LocalDate settled = today.minusYears(EvaluationGeneratedPlan.SETTLED_AFTER_YEARS);
        assertThat(recommendations).filteredOn(r -> r.isOverdue(today)).as("overdue ones, all due in the last two years")
                .hasSizeGreaterThan(recommendations.size() / 50)
                .allSatisfy(r -> assertThat(r.getDueDate()).isAfterOrEqualTo(settled));
        assertThat(recommendations).filteredOn(r -> r.getDueDate() != null && r.getDueDate().isBefore(settled))
                .as("older follow-ups closed").isNotEmpty()
                .allSatisfy(r -> assertThat(r.getStatus()).isIn(FollowUpStatus.DONE, FollowUpStatus.ABANDONED));
        assertThat(recommendations).extracting(EvaluationRecommendation::getOwnerDirectorateId)
                .contains(db.directorateId("Direction de la culture"), db.directorateId("Direction des sports"));
        assertThat(db.all(Commission.class)).hasSize(MAX_SCALE / 5).allSatisfy(c -> assertThat(c.isFulfilled()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private static List<String> coreDemoList(String name) throws ReflectiveOperationException {
        Field field = CoreDemo.class.getDeclaredField(name);
        field.setAccessible(true);
        return (List<String>) field.get(null);
    }

    /** The repositories in memory, over the core demo's reference records, and a generator wired to them. */
    private static final class Database {

        final Map<Class<?>, List<Object>> stored = new LinkedHashMap<>();
        final EvaluationGenerated generator = new EvaluationGenerated();
        long nextId = 1;

        Database(LocalDate today) {
            try {
                coreDemoList("DIRECTORATES").forEach(name -> store(new Directorate(name)));
                coreDemoList("PUBLIC_POLICIES").forEach(name -> store(new PublicPolicy(name)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            for (String username : CoreDemo.DEMO_USERNAMES) {
                store(new Account(username, "hash", Role.PARTICIPANT, new Person(username, username + "@demo.test",
                        PersonCategory.EXTERNAL_EXPERT), null));
            }
            generator.clock = new CityClock(Clock.fixed(today.atTime(12, 0).atZone(CityClock.ZONE).toInstant(),
                    CityClock.ZONE));
            generator.evaluations = fake(EvaluationRepository.class, Map.of("store", a -> store(a[0]),
                    "programmes", a -> all(EvaluationProgramme.class),
                    "findById", a -> all(Evaluation.class).stream().filter(e -> e.getId() == (long) a[0]).findFirst()));
            generator.questions = fake(QuestionRepository.class, Map.of("store", a -> store(a[0])));
            generator.interviews = fake(InterviewRepository.class, Map.of("store", a -> store(a[0])));
            generator.indicators = fake(IndicatorRepository.class, Map.of("store", a -> store(a[0])));
            generator.recommendations = fake(EvaluationRecommendationRepository.class, Map.of("store", a -> store(a[0])));
            generator.accounts = fake(AccountRepository.class, Map.of("withUsernames", a -> all(Account.class).stream()
                    .filter(account -> ((Collection<?>) a[0]).contains(account.getUsername())).toList()));
            generator.directorates = fake(DirectorateRepository.class, Map.of("all", a -> all(Directorate.class)));
            generator.policies = fake(PublicPolicyRepository.class, Map.of("all", a -> all(PublicPolicy.class)));
            generator.commissions = new CommissionService() {
                /** As the core and this module's observer do: the commission, then the evaluation in framing. */
                @Override
                public CommissionView commissionFor(String requestedBy, ResourceRef origin, String originLabel,
                        CommissionOrder order) {
                    Commission commission = store(new Commission(order.kind(), origin, originLabel, order.title(),
                            order.brief(), null, order.policyId(), requestedBy, generator.clock.now()));
                    assertThat(originLabel.length()).isLessThanOrEqualTo(Evaluation.TITLE_MAX_LENGTH);
                    int year = today.getYear();
                    EvaluationProgramme programme = all(EvaluationProgramme.class).stream().filter(p -> p.getYear() == year)
                            .findFirst().orElseGet(() -> store(EvaluationProgramme.ofYear(year)));
                    Evaluation created = store(Evaluation.commissioned(programme, order.title(), order.brief(), originLabel,
                            origin, commission.getId(), order.policyId(), today));
                    commission.fulfil(new ResourceRef(ResourceKind.EVALUATION, created.getId()));
                    return CommissionView.of(commission);
                }
            };
        }

        <T> T store(T entity) {
            try {
                Field id = idField(entity.getClass());
                if (id.get(entity) == null) {
                    id.set(entity, nextId++);
                    stored.computeIfAbsent(entity.getClass(), c -> new ArrayList<>()).add(entity);
                }
                return entity;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        <T> List<T> all(Class<T> type) {
            return stored.entrySet().stream().filter(e -> type.isAssignableFrom(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).map(type::cast).toList();
        }

        /** What the generator calls records: everything it stored but programmes, and each measurement. */
        long records() {
            long reference = all(Directorate.class).size() + all(PublicPolicy.class).size() + all(Account.class).size();
            long all = stored.values().stream().mapToLong(List::size).sum();
            return all - reference - all(EvaluationProgramme.class).size()
                    + all(Indicator.class).stream().mapToLong(i -> i.getMeasurements().size()).sum();
        }

        long accountId(String username) {
            return all(Account.class).stream().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow()
                    .getId();
        }

        Long directorateId(String name) {
            return all(Directorate.class).stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow().getId();
        }

        List<String> digest() {
            List<String> digest = new ArrayList<>();
            all(Evaluation.class).forEach(e -> digest.add(e.getTitle() + e.getStart() + e.getStatus()));
            all(Interview.class).forEach(i -> digest.add(i.getIntervieweeName() + i.getInterviewedOn()));
            all(Indicator.class).forEach(i -> i.getMeasurements().forEach(m -> digest.add(m.getValue().toPlainString())));
            all(EvaluationRecommendation.class).forEach(r -> digest.add(r.getStatus() + "" + r.getDueDate()));
            return digest;
        }

        private static Field idField(Class<?> type) throws NoSuchFieldException {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField("id");
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException e) {
                    // the id is declared higher up
                }
            }
            throw new NoSuchFieldException("id of " + type);
        }

        @SuppressWarnings("unchecked")
        private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                Function<Object[], Object> answer = answers.get(method.getName());
                if (answer == null) {
                    throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
                }
                return answer.apply(args);
            });
        }
    }
}
