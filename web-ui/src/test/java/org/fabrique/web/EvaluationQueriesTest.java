package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fabrique.web.TestPersistence.checkQueries;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationFilter;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.FollowUpDue;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.Framing;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.Measurement;
import org.fabrique.evaluation.domain.OverdueFollowUps;
import org.fabrique.evaluation.domain.Quote;
import org.fabrique.evaluation.infrastructure.JpaEvaluationRecommendationRepository;
import org.fabrique.evaluation.infrastructure.JpaEvaluationRepository;
import org.fabrique.evaluation.infrastructure.JpaIndicatorRepository;
import org.fabrique.evaluation.infrastructure.JpaInterviewRepository;
import org.fabrique.evaluation.infrastructure.JpaQuestionRepository;
import org.fabrique.web.TestPersistence.Database;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation repositories against the migrated schema: the lists come back in the right order with
 * what their views read already loaded (quotes with their interview, themes and questions; indicators
 * with their measurements), in a bounded number of statements. Hibernate runs with JPA's strict query
 * compliance, as in WildFly.
 */
class EvaluationQueriesTest {

    static final LocalDate TODAY = LocalDate.of(2014, 9, 1);

    private record Sample(long ateliers, long culture, long firstDirectorate, long secondDirectorate, long steeringAccount) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void the_evaluation_lists_come_back_complete_in_bounded_statements(Database database) throws Exception {
        checkQueries(database, EvaluationQueriesTest::store, (entityManager, statistics, sample) -> {
            statistics.clear();
            evaluations(entityManager, sample);
            questionsAndIndicators(entityManager, statistics, sample);
            quotes(entityManager, statistics, sample);
            recommendations(entityManager, statistics, sample);
        });
    }

    private static void evaluations(EntityManager entityManager, Sample sample) {
        JpaEvaluationRepository evaluations = new JpaEvaluationRepository(entityManager);
        Page<Evaluation> all = evaluations.page(EvaluationFilter.ofYear(null), List.of(), new PageRequest(0, 50));
        assertThat(all.items()).extracting(e -> e.getProgramme().getYear() + " " + e.getTitle())
                .as("latest programme first, then by title, programmes loaded")
                .containsExactly("2014 Évaluation de la politique culturelle", "2014 Évaluation du guichet unique",
                        "2013 Évaluation des Ateliers prospectifs");
        assertThat(evaluations.page(EvaluationFilter.ofYear(2013), List.of(), new PageRequest(0, 50)).total()).isEqualTo(1);
        assertThat(evaluations.page(new EvaluationFilter(null, null, null, null, "GUICHET"), List.of(),
                new PageRequest(0, 50)).items()).extracting(Evaluation::getTitle).as("the title, whatever the case")
                .containsExactly("Évaluation du guichet unique");
        assertThat(evaluations.page(EvaluationFilter.ofYear(null), List.of(new SortKey("title", false)),
                new PageRequest(0, 50)).items()).extracting(Evaluation::getTitle).as("sorted by the database")
                .containsExactly("Évaluation du guichet unique", "Évaluation des Ateliers prospectifs",
                        "Évaluation de la politique culturelle");
        assertThat(evaluations.page(EvaluationFilter.ofYear(null), List.of(new SortKey("status", true),
                new SortKey("start", false)), new PageRequest(0, 50)).items()).extracting(Evaluation::getStatus)
                .as("steps in their order").isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(evaluations.titles(List.of(sample.ateliers(), sample.culture())))
                .containsEntry(sample.ateliers(), "Évaluation des Ateliers prospectifs");
        assertThat(evaluations.findByCommission(42)).get().extracting(Evaluation::getTitle)
                .isEqualTo("Évaluation du guichet unique");
        assertThat(evaluations.findByCommission(41)).isEmpty();
        assertThat(evaluations.programmeOfYear(2014)).isPresent();
        assertThat(evaluations.programmes()).extracting(EvaluationProgramme::getYear).containsExactly(2014, 2013);
        assertThat(evaluations.findById(sample.ateliers()).orElseThrow().isOnSteeringCommittee(sample.steeringAccount()))
                .isTrue();
    }

    private static void questionsAndIndicators(EntityManager entityManager, Statistics statistics, Sample sample) {
        JpaQuestionRepository questions = new JpaQuestionRepository(entityManager);
        statistics.clear();
        List<EvaluativeQuestion> asked = questions.ofEvaluation(sample.ateliers());
        assertThat(asked).extracting(EvaluativeQuestion::getRank).containsExactly(1, 2, 3);
        assertThat(asked.get(0).getCriteria()).containsExactlyInAnyOrder(Criterion.RELEVANCE, Criterion.IMPACT);
        assertThat(statistics.getPrepareStatementCount()).as("questions with their criteria").isEqualTo(1);
        assertThat(questions.lastRank(sample.ateliers())).isEqualTo(3);
        assertThat(questions.lastRank(sample.culture())).isZero();

        JpaIndicatorRepository indicators = new JpaIndicatorRepository(entityManager);
        statistics.clear();
        List<Indicator> followed = indicators.ofEvaluation(sample.ateliers());
        assertThat(followed).extracting(Indicator::getName).containsExactly("Ateliers menés", "Élus associés");
        assertThat(followed.get(1).getMeasurements()).extracting(Measurement::getMeasuredOn)
                .as("by date, whatever the order they were recorded in")
                .containsExactly(LocalDate.of(2009, 12, 31), LocalDate.of(2011, 12, 31), LocalDate.of(2013, 6, 30));
        assertThat(followed.get(1).getMeasurements().get(2).getValue()).isEqualByComparingTo("48");
        assertThat(statistics.getPrepareStatementCount()).as("indicators with their measurements").isEqualTo(1);
    }

    private static void quotes(EntityManager entityManager, Statistics statistics, Sample sample) {
        JpaInterviewRepository interviews = new JpaInterviewRepository(entityManager);
        assertThat(interviews.ofEvaluation(sample.ateliers())).extracting(Interview::getCategory)
                .containsExactly(IntervieweeCategory.ELECTED_OFFICIAL, IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR,
                        IntervieweeCategory.DIRECTOR);
        entityManager.clear();
        statistics.clear();
        Page<Quote> page = interviews.quotes(sample.ateliers(), null, new PageRequest(0, 50));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).extracting(q -> q.getInterview().getCategory()).as("by interview date")
                .containsExactly(IntervieweeCategory.ELECTED_OFFICIAL, IntervieweeCategory.ELECTED_OFFICIAL,
                        IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR, IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR,
                        IntervieweeCategory.DIRECTOR, IntervieweeCategory.DIRECTOR);
        page.items().forEach(q -> assertThat(q.getThemes()).isNotEmpty());
        page.items().forEach(Quote::getQuestionIds);
        assertThat(statistics.getPrepareStatementCount()).as("count, page with interviews, themes, questions")
                .isEqualTo(4);

        Page<Quote> metropole = interviews.quotes(sample.ateliers(), "métropole", new PageRequest(0, 2));
        assertThat(metropole.total()).isEqualTo(3);
        assertThat(metropole.items()).hasSize(2)
                .allSatisfy(q -> assertThat(q.getThemes()).contains("métropole"));
        assertThat(interviews.quotes(sample.culture(), null, new PageRequest(0, 50)).total()).isZero();

        statistics.clear();
        assertThat(interviews.themeCounts(sample.ateliers())).containsExactly(Map.entry("métropole", 3L),
                Map.entry("socialisation", 4L), Map.entry("société civile", 2L));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    private static void recommendations(EntityManager entityManager, Statistics statistics, Sample sample) {
        JpaEvaluationRecommendationRepository recommendations = new JpaEvaluationRecommendationRepository(entityManager);
        assertThat(recommendations.ofEvaluation(sample.ateliers())).extracting(EvaluationRecommendation::getRank)
                .containsExactly(1, 2, 3, 4);
        assertThat(recommendations.lastRank(sample.ateliers())).isEqualTo(4);
        statistics.clear();
        Page<EvaluationRecommendation> all = recommendations.page(null, TODAY, new PageRequest(0, 50));
        assertThat(statistics.getPrepareStatementCount()).as("count and page").isEqualTo(2);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.items()).extracting(EvaluationRecommendation::getText)
                .as("overdue first, then the other open ones (undated last), then the finished ones, by due date")
                .containsExactly("Assumer la distinction", "Travailler l'articulation métropolitaine",
                        "Poursuivre et renforcer le dispositif", "Programmer les saisons culturelles",
                        "Ouvrir les Ateliers à la société civile");
        assertThat(all.items().subList(0, 2)).allMatch(r -> r.isOverdue(TODAY));
        assertThat(all.items().subList(2, 5)).noneMatch(r -> r.isOverdue(TODAY));

        Page<EvaluationRecommendation> own = recommendations.page(sample.firstDirectorate(), TODAY, new PageRequest(0, 1));
        assertThat(own.total()).isEqualTo(2);
        assertThat(own.items()).extracting(EvaluationRecommendation::getText).containsExactly("Assumer la distinction");

        statistics.clear();
        assertThat(recommendations.overdueByEvaluation(null, TODAY))
                .as("per evaluation, its open recommendations due before today and the oldest due date")
                .containsExactly(new OverdueFollowUps(sample.ateliers(), "Évaluation des Ateliers prospectifs", 2,
                        TODAY.minusMonths(2)));
        assertThat(statistics.getPrepareStatementCount()).as("counted in one statement").isEqualTo(1);
        assertThat(recommendations.overdueByEvaluation(sample.firstDirectorate(), TODAY)).extracting(OverdueFollowUps::count)
                .as("the directorate's own").containsExactly(2L);
        assertThat(recommendations.overdueByEvaluation(sample.firstDirectorate(), TODAY.minusMonths(1)))
                .extracting(OverdueFollowUps::count).as("a month ago, one was late").containsExactly(1L);
        assertThat(recommendations.overdueByEvaluation(sample.secondDirectorate(), TODAY))
                .as("done and undated ones are never overdue").isEmpty();

        statistics.clear();
        List<FollowUpDue> due = recommendations.openFollowUpsDueBy(TODAY.plusDays(14));
        assertThat(statistics.getPrepareStatementCount()).as("the follow-ups with their evaluation's title").isEqualTo(1);
        assertThat(due).as("owned, open and dated only, by due date")
                .extracting(d -> d.recommendation().getText(), FollowUpDue::evaluationTitle)
                .containsExactly(tuple("Assumer la distinction", "Évaluation des Ateliers prospectifs"),
                        tuple("Travailler l'articulation métropolitaine", "Évaluation des Ateliers prospectifs"));
    }

    private static Sample store(EntityManager em) {
        Directorate first = new Directorate("Direction générale");
        Directorate second = new Directorate("Direction de la culture");
        em.persist(first);
        em.persist(second);
        Person member = new Person("Membre du comité", null, PersonCategory.DIRECTOR);
        em.persist(member);
        Account account = new Account("comite", "not-a-real-hash", Role.DIRECTORATE, member, first);
        em.persist(account);

        EvaluationProgramme y2013 = EvaluationProgramme.ofYear(2013);
        EvaluationProgramme y2014 = EvaluationProgramme.ofYear(2014);
        em.persist(y2013);
        em.persist(y2014);
        Evaluation ateliers = new Evaluation(y2013, framing("Évaluation des Ateliers prospectifs"), null);
        ateliers.appointSteeringCommittee(Set.of(account.getId()));
        Evaluation culture = new Evaluation(y2014, framing("Évaluation de la politique culturelle"), null);
        Evaluation guichet = Evaluation.commissioned(y2014, "Évaluation du guichet unique", null, "Référentiel Solidarités",
                new ResourceRef(ResourceKind.REFERENCE_DOCUMENT, 3), 42, null, TODAY);
        for (Evaluation evaluation : List.of(ateliers, culture, guichet)) {
            em.persist(evaluation);
        }
        long id = ateliers.getId();

        EvaluativeQuestion[] questions = {
            new EvaluativeQuestion(id, 3, "Les Ateliers s'ouvrent-ils ?", Set.of(Criterion.SUSTAINABILITY)),
            new EvaluativeQuestion(id, 1, "Les Ateliers socialisent-ils aux enjeux ?", Set.of(Criterion.RELEVANCE, Criterion.IMPACT)),
            new EvaluativeQuestion(id, 2, "Les Ateliers cadrent-ils les politiques ?", Set.of(Criterion.EFFECTIVENESS)),
        };
        for (EvaluativeQuestion question : questions) {
            em.persist(question);
        }

        Indicator elected = new Indicator(id, "Élus associés", "personnes", BigDecimal.ZERO, new BigDecimal("48"), "Pôle");
        elected.record(LocalDate.of(2013, 6, 30), new BigDecimal("48"), null);
        elected.record(LocalDate.of(2009, 12, 31), new BigDecimal("20"), "premier cycle");
        elected.record(LocalDate.of(2011, 12, 31), new BigDecimal("35.5"), null);
        Indicator workshops = new Indicator(id, "Ateliers menés", "ateliers", BigDecimal.ZERO, new BigDecimal("16"), null);
        workshops.record(LocalDate.of(2013, 6, 30), new BigDecimal("16"), null);
        em.persist(elected);
        em.persist(workshops);

        Interview dga = new Interview(id, IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR, "Claire Durand", LocalDate.of(2013, 9, 12),
                "Romain Pasquier", null);
        Interview elu = new Interview(id, IntervieweeCategory.ELECTED_OFFICIAL, "Paul Martin", LocalDate.of(2013, 9, 10),
                "Romain Pasquier", null);
        Interview director = new Interview(id, IntervieweeCategory.DIRECTOR, null, LocalDate.of(2013, 9, 20),
                "Romain Pasquier", "Entretien d'une heure");
        for (Interview interview : List.of(dga, elu, director)) {
            em.persist(interview);
        }
        long socialising = questions[1].getId();
        em.persist(new Quote(elu, "On discutait tous ensemble.", Set.of("socialisation"), Set.of(socialising)));
        em.persist(new Quote(elu, "Il faut le faire en tout début de mandat.", Set.of("socialisation", "métropole"), Set.of()));
        em.persist(new Quote(dga, "Ça a permis d'identifier des axes.", Set.of("socialisation"),
                Set.of(socialising, questions[2].getId())));
        em.persist(new Quote(dga, "Un temps d'échange avec les acteurs.", Set.of("société civile", "métropole"),
                Set.of(questions[0].getId())));
        em.persist(new Quote(director, "C'est le cadre de référence.", Set.of("socialisation"), Set.of()));
        em.persist(new Quote(director, "Sur des politiques métropolitaines.", Set.of("métropole", "société civile"), Set.of()));

        recommend(em, id, 1, "Poursuivre et renforcer le dispositif", null, TODAY.plusMonths(3), FollowUpStatus.IN_PROGRESS);
        recommend(em, id, 2, "Assumer la distinction", first, TODAY.minusMonths(2), FollowUpStatus.PLANNED);
        recommend(em, id, 3, "Travailler l'articulation métropolitaine", first, TODAY.minusDays(1), FollowUpStatus.IN_PROGRESS);
        recommend(em, id, 4, "Ouvrir les Ateliers à la société civile", second, TODAY.minusMonths(6), FollowUpStatus.DONE);
        recommend(em, culture.getId(), 1, "Programmer les saisons culturelles", second, null, FollowUpStatus.PLANNED);
        return new Sample(id, culture.getId(), first.getId(), second.getId(), account.getId());
    }

    private static void recommend(EntityManager em, long evaluationId, int rank, String text, Directorate owner, LocalDate due,
            FollowUpStatus status) {
        EvaluationRecommendation recommendation = new EvaluationRecommendation(evaluationId, rank, text);
        recommendation.assign(owner == null ? null : owner.getId(), owner == null ? "Pôle" : owner.getName(), due);
        recommendation.followUp(status, null);
        em.persist(recommendation);
    }

    private static Framing framing(String title) {
        return new Framing(title, EvaluationObject.METHOD, null, null, "Commande directe du pôle", EvaluationType.EX_POST,
                false, EvaluatorKind.INTERNAL, null, LocalDate.of(2013, 9, 1), null);
    }
}
