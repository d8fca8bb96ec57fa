package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fabrique.web.TestPersistence.checkQueries;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.core.infrastructure.JpaDirectorateRepository;
import org.fabrique.core.infrastructure.JpaPublicPolicyRepository;
import org.fabrique.dialogue.application.OnTimeRate;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.Assessment;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateFilter;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.CandidateTally;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.CriterionAssessment;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DirectorateCommitment;
import org.fabrique.dialogue.domain.FeasibilityCriterion;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.FeasibilityStudy;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.StageCounts;
import org.fabrique.dialogue.infrastructure.JpaCandidateRepository;
import org.fabrique.dialogue.infrastructure.JpaDialogueProjectRepository;
import org.fabrique.dialogue.infrastructure.JpaProgrammeRepository;
import org.fabrique.dialogue.infrastructure.JpaRecommendationRepository;
import org.fabrique.web.TestPersistence.Database;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard's figures are counted by the database with the domain's own rules: the commitment
 * tallies agree with {@link CommitmentTally#of} (and so with {@link OnTimeRate}) and the pipeline with
 * {@link PipelineStage#of}, on recommendations due before, on and after today, answered on time, late
 * and in the interim; each grouped count is one statement. Hibernate runs with JPA's strict query
 * compliance, as in WildFly.
 */
class DialogueFiguresQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final Instant AT = Instant.parse("2026-02-10T09:30:00Z");

    private record Sample(long programme, long earlier, long empty, long culture, long sports) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void the_databases_counts_agree_with_the_domains_rules(Database database) throws Exception {
        checkQueries(database, DialogueFiguresQueriesTest::store, (entityManager, statistics, sample) -> {
            assertCommitment(entityManager, statistics, sample);
            assertPipeline(entityManager, statistics, sample);
            assertCandidateList(entityManager, statistics, sample);
            assertRecommendationPages(entityManager, statistics, sample);
            assertThat(new JpaProgrammeRepository(entityManager).latest(ProgrammeStatus.VALIDATED))
                    .hasValueSatisfying(p -> assertThat(p.getYear()).isEqualTo(2026));
            assertThat(new JpaProgrammeRepository(entityManager).latest(ProgrammeStatus.CLOSED)).isEmpty();
            long awaiting = new JpaProgrammeRepository(entityManager).findByYear(2028).orElseThrow().getId();
            statistics.clear();
            List<CandidateTally> tallies = new JpaCandidateRepository(entityManager).openProgrammeTallies(null);
            assertThat(statistics.getPrepareStatementCount()).as("statements for the tallies").isEqualTo(1);
            assertThat(tallies.stream().filter(t -> t.status() == CandidateStatus.STUDIED))
                    .as("studied candidates of open programmes only: not the validated 2026's, none in 2027")
                    .containsExactly(new CandidateTally(awaiting, 2028, CandidateStatus.STUDIED, 2));
            assertThat(tallies).extracting(CandidateTally::year).as("open programmes only").doesNotContain(2026);
            assertThat(new JpaProgrammeRepository(entityManager).open()).extracting(Programme::getYear)
                    .as("the open programmes, latest first").isSortedAccordingTo(Comparator.reverseOrder())
                    .contains(2028).doesNotContain(2026);
        });
    }

    private static void assertCommitment(EntityManager entityManager, Statistics statistics, Sample sample) {
        var recommendations = new JpaRecommendationRepository(entityManager);
        statistics.clear();
        List<DirectorateCommitment> tallies = recommendations.commitment(
                List.of(sample.programme(), sample.earlier(), sample.empty()), TODAY);
        assertThat(statistics.getPrepareStatementCount()).as("statements for the tallies").isEqualTo(1);

        assertThat(tallies).extracting(DirectorateCommitment::programmeId, DirectorateCommitment::directorateId)
                .as("one row per programme and directorate with recommendations")
                .containsExactlyInAnyOrder(
                        tuple(sample.programme(), sample.culture()),
                        tuple(sample.programme(), sample.sports()),
                        tuple(sample.earlier(), sample.sports()));
        for (long programme : List.of(sample.programme(), sample.earlier())) {
            List<Recommendation> all = recommendations.ofProgramme(programme);
            Map<Long, List<Recommendation>> byDirectorate = all.stream()
                    .collect(Collectors.groupingBy(Recommendation::getDirectorateId));
            CommitmentTally sum = CommitmentTally.NONE;
            for (DirectorateCommitment row : tallies.stream().filter(t -> t.programmeId() == programme).toList()) {
                assertThat(row.tally()).as("programme %d, directorate %d", programme, row.directorateId())
                        .isEqualTo(CommitmentTally.of(byDirectorate.get(row.directorateId()), TODAY));
                sum = sum.plus(row.tally());
            }
            assertThat(OnTimeRate.of(sum)).as("the public page's rate").isEqualTo(OnTimeRate.of(all, TODAY));
        }
        assertThat(tallies.stream().filter(t -> t.programmeId() == sample.programme() && t.directorateId() == sample.culture())
                .findFirst().orElseThrow().tally())
                .as("culture: one not due, one overdue, one overdue under study, two on time, one late")
                .isEqualTo(new CommitmentTally(6, 3, 2, 2, 1));
        assertThat(recommendations.commitment(List.of(), TODAY)).isEmpty();
    }

    private static void assertPipeline(EntityManager entityManager, Statistics statistics, Sample sample) {
        var candidates = new JpaCandidateRepository(entityManager);
        List<CandidateProject> all = candidates.page(sample.programme(), CandidateFilter.all(), List.of(), new PageRequest(0, 500)).items();
        statistics.clear();
        Map<Long, StageCounts> byDirectorate = candidates.stagesByDirectorate(sample.programme(), null);
        Map<Long, StageCounts> byPolicy = candidates.stagesByPolicy(sample.programme(), null);
        Map<TerritorialScale, StageCounts> byScale = candidates.stagesByScale(sample.programme(), null);
        assertThat(statistics.getPrepareStatementCount()).as("statements for the pipeline").isEqualTo(3);

        assertThat(byDirectorate).isEqualTo(stages(all, CandidateProject::getDirectorateId));
        assertThat(byPolicy).isEqualTo(stages(all, CandidateProject::getPolicyId)).containsKey(null);
        assertThat(byScale).isEqualTo(stages(all, CandidateProject::getScale));
        assertThat(byDirectorate.get(sample.culture())).isEqualTo(StageCounts.NONE.plus(PipelineStage.RETAINED, 2)
                .plus(PipelineStage.REJECTED, 1).plus(PipelineStage.WITHDRAWN, 1));

        List<CandidateProject> sports = all.stream().filter(c -> c.getDirectorateId() == sample.sports()).toList();
        assertThat(candidates.stagesByPolicy(sample.programme(), sample.sports()))
                .as("only the directorate's own").isEqualTo(stages(sports, CandidateProject::getPolicyId));
        assertThat(candidates.stagesByDirectorate(sample.programme(), sample.sports())).containsOnlyKeys(sample.sports());
    }

    /** The programme page's list: each filter in the database, sorted by the pipeline's order, two statements. */
    private static void assertCandidateList(EntityManager entityManager, Statistics statistics, Sample sample) {
        var candidates = new JpaCandidateRepository(entityManager);
        PageRequest all = new PageRequest(0, 500);
        statistics.clear();
        List<CandidateProject> retainedCulture = candidates.page(sample.programme(), new CandidateFilter(sample.culture(),
                CandidateStatus.ARBITRATED, ArbitrationDecision.RETAINED, null, null, null, null), List.of(), all).items();
        assertThat(statistics.getPrepareStatementCount()).as("a count and a select").isEqualTo(2);
        assertThat(retainedCulture).hasSize(2).allSatisfy(c -> assertThat(c.getArbitration().decision())
                .isEqualTo(ArbitrationDecision.RETAINED));
        List<CandidateProject> byStatus = candidates.page(sample.programme(), CandidateFilter.all(),
                List.of(new SortKey("status", false), new SortKey("title", true)), all).items();
        assertThat(byStatus).extracting(CandidateProject::getStatus).as("the pipeline's order reversed: withdrawn, arbitrated ... draft")
                .containsExactly(CandidateStatus.WITHDRAWN, CandidateStatus.ARBITRATED, CandidateStatus.ARBITRATED,
                        CandidateStatus.ARBITRATED, CandidateStatus.ARBITRATED, CandidateStatus.ARBITRATED,
                        CandidateStatus.STUDIED, CandidateStatus.DRAFT);
        assertThat(candidates.page(sample.programme(), new CandidateFilter(null, null, null, null,
                TerritorialScale.METROPOLIS, null, "ProJet cul"), List.of(), all).items())
                .as("scale and text, whatever the case: the museum and the studied one").hasSize(2)
                .allSatisfy(c -> assertThat(c.getTitle()).isEqualTo("Projet Culture METROPOLIS"));
        assertThat(candidates.page(sample.programme(), new CandidateFilter(null, null, null, null, null, null, "100%_"),
                List.of(), all).total()).as("wildcards are text").isZero();
        assertThat(candidates.studiedOrArbitrated(sample.programme(), List.of(new SortKey("title", false)), all).items())
                .extracting(CandidateProject::getTitle).as("the arbitration screen, by title descending").hasSize(6)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(candidates.studiedOrArbitrated(sample.programme(), List.of(new SortKey("decision", true)), all).items())
                .extracting(c -> c.getArbitration() == null ? null : c.getArbitration().decision())
                .as("retained first, undecided last").startsWith(ArbitrationDecision.RETAINED).endsWith((ArbitrationDecision) null);
        assertThat(candidates.page(sample.programme(), CandidateFilter.all(), List.of(new SortKey("budget", true)),
                new PageRequest(1, 3)).items()).as("paged in the database").hasSize(3);
        List<String> byTitle = candidates.studiedOrArbitrated(sample.programme(), List.of(), all).items().stream()
                .map(CandidateProject::getTitle).toList();
        entityManager.clear();
        statistics.clear();
        var second = candidates.studiedOrArbitrated(sample.programme(), List.of(), new PageRequest(1, 4));
        assertThat(statistics.getPrepareStatementCount())
                .as("the arbitration screen's page: a count, a select, its methods, its criteria").isEqualTo(4);
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.items()).extracting(CandidateProject::getTitle).as("the last two by title")
                .containsExactlyElementsOf(byTitle.subList(4, 6));
        statistics.clear();
        second.items().forEach(c -> {
            c.getMethods().size();
            if (c.getFeasibility() != null) {
                c.getFeasibility().criteria().size();
            }
        });
        assertThat(statistics.getPrepareStatementCount()).as("the page's collections came with it").isZero();
    }

    private static <K> Map<K, StageCounts> stages(List<CandidateProject> candidates, Function<CandidateProject, K> key) {
        Map<K, StageCounts> counts = new HashMap<>();
        for (CandidateProject c : candidates) {
            counts.merge(key.apply(c), StageCounts.NONE.plus(PipelineStage.of(c), 1), StageCounts::plus);
        }
        return counts;
    }

    /** Two validated programmes with recommendations in every state, and an open one without any. */
    private static Sample store(EntityManager em) {
        var directorates = new JpaDirectorateRepository(em);
        long culture = directorates.store(new Directorate("Direction de la culture")).getId();
        long sports = directorates.store(new Directorate("Direction des sports")).getId();
        var policies = new JpaPublicPolicyRepository(em);
        PublicPolicy art = policies.store(new PublicPolicy("Culture"));
        PublicPolicy sport = policies.store(new PublicPolicy("Sport"));
        var programmes = new JpaProgrammeRepository(em);
        var candidates = new JpaCandidateRepository(em);

        Programme programme = programmes.store(new Programme(2026, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), 1, 50, 90));
        CandidateProject library = arbitrated(em, programme, culture, art, TerritorialScale.CITY, ArbitrationDecision.RETAINED);
        CandidateProject museum = arbitrated(em, programme, culture, art, TerritorialScale.METROPOLIS, ArbitrationDecision.RETAINED);
        CandidateProject pool = arbitrated(em, programme, sports, sport, TerritorialScale.CITY, ArbitrationDecision.RETAINED);
        arbitrated(em, programme, sports, sport, TerritorialScale.CITY, ArbitrationDecision.DEFERRED);
        arbitrated(em, programme, culture, sport, TerritorialScale.METROPOLIS, ArbitrationDecision.REJECTED);
        CandidateProject studied = submitted(em, programme, sports, art, TerritorialScale.METROPOLIS);
        studied.recordFeasibility(study());
        candidates.store(studied);
        CandidateProject withdrawn = submitted(em, programme, culture, art, TerritorialScale.CITY);
        withdrawn.withdraw(AT);
        candidates.store(withdrawn);
        candidates.store(new CandidateProject(programme, sports, new CandidateDraft("Un brouillon", null, null, null,
                null, null, null, null, null, Set.of(), null, null, null), "direction2", AT));
        programme.validate(3, null, "elu", AT);
        programmes.store(programme);
        var projects = new JpaDialogueProjectRepository(em);
        DialogueProject libraryProject = projects.store(new DialogueProject(library));
        DialogueProject museumProject = projects.store(new DialogueProject(museum));
        DialogueProject poolProject = projects.store(new DialogueProject(pool));

        LocalDate due = TODAY.minusDays(10);
        record(em, libraryProject, culture, TODAY.plusDays(30), null, null);
        record(em, libraryProject, culture, due, null, null);
        record(em, libraryProject, culture, due, AnswerPosition.UNDER_STUDY, due.minusDays(20));
        record(em, museumProject, culture, due, AnswerPosition.RETAINED, due);
        record(em, museumProject, culture, due.plusDays(40), AnswerPosition.RETAINED_WITH_CHANGES, due.minusDays(5));
        record(em, museumProject, culture, due, AnswerPosition.NOT_RETAINED, due.plusDays(1));
        record(em, poolProject, sports, TODAY, null, null);
        record(em, poolProject, sports, due, null, null);
        record(em, libraryProject, sports, due, AnswerPosition.RETAINED, due.minusDays(1));

        Programme earlier = programmes.store(new Programme(2025, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31), 1, 50, 90));
        CandidateProject stadium = arbitrated(em, earlier, sports, sport, TerritorialScale.CITY, ArbitrationDecision.RETAINED);
        earlier.validate(1, null, "elu", AT);
        programmes.store(earlier);
        DialogueProject stadiumProject = projects.store(new DialogueProject(stadium));
        record(em, stadiumProject, sports, LocalDate.of(2025, 9, 1), AnswerPosition.RETAINED, LocalDate.of(2025, 10, 1));
        record(em, stadiumProject, sports, LocalDate.of(2025, 9, 1), null, null);

        Programme empty = programmes.store(new Programme(2027, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 29), 1, 50, 90));
        Programme awaiting = programmes.store(new Programme(2028, LocalDate.of(2026, 11, 2), LocalDate.of(2028, 1, 28), 1, 50, 90));
        for (int i = 0; i < 2; i++) {
            CandidateProject toDecide = submitted(em, awaiting, culture, art, TerritorialScale.CITY);
            toDecide.recordFeasibility(study());
            candidates.store(toDecide);
        }
        submitted(em, awaiting, sports, sport, TerritorialScale.CITY);
        return new Sample(programme.getId(), earlier.getId(), empty.getId(), culture, sports);
    }

    private static CandidateProject submitted(EntityManager em, Programme programme, long directorate, PublicPolicy policy,
            TerritorialScale scale) {
        CandidateProject candidate = new CandidateProject(programme, directorate, new CandidateDraft(
                "Projet " + policy.getName() + " " + scale, "Un résumé", policy.getId(), null, scale, null,
                "Des enjeux forts", "Des leviers réels", ParticipationLevel.CONCERTATION,
                Set.of(ParticipationMethod.PUBLIC_DEBATE), "Habitants", "Automne", BigDecimal.TEN), "direction", AT);
        candidate.submit(programme.getSubmissionOpens(), AT);
        return new JpaCandidateRepository(em).store(candidate);
    }

    private static CandidateProject arbitrated(EntityManager em, Programme programme, long directorate,
            PublicPolicy policy, TerritorialScale scale, ArbitrationDecision decision) {
        CandidateProject candidate = submitted(em, programme, directorate, policy, scale);
        candidate.recordFeasibility(study());
        candidate.arbitrate(decision, "Un motif", "elu", AT);
        return new JpaCandidateRepository(em).store(candidate);
    }

    private static FeasibilityStudy study() {
        return new FeasibilityStudy(Arrays.stream(FeasibilityCriterion.values())
                .map(c -> new CriterionAssessment(c, Assessment.FAVOURABLE, null)).toList(),
                FeasibilityOpinion.FEASIBLE, null, "pole", AT);
    }

    /**
     * A directorate's recommendations page by page (the page's ids chosen first, then its rows): in three statements
     * a page, pages that neither repeat nor skip a row, in the order asked (the project's title, then the latest due
     * first, the id last), filtered as asked.
     */
    private static void assertRecommendationPages(EntityManager entityManager, Statistics statistics, Sample sample) {
        var recommendations = new JpaRecommendationRepository(entityManager);
        RecommendationFilter culture = new RecommendationFilter(null, null, sample.culture(), null, null, null, null,
                null, null, null);
        List<SortKey> sort = List.of(new SortKey("project", true), new SortKey("dueDate", false));
        List<Recommendation> all = recommendations.page(culture, sort, TODAY, new PageRequest(0, 50)).items();
        assertThat(all).hasSize(6).allSatisfy(r -> assertThat(r.getDirectorateId()).isEqualTo(sample.culture()));
        assertThat(all).as("by project title, then the latest due first, then the id")
                .isSortedAccordingTo(Comparator.comparing((Recommendation r) -> r.getProject().getTitle())
                        .thenComparing(Recommendation::getDueDate, Comparator.reverseOrder())
                        .thenComparing(Recommendation::getId));
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            statistics.clear();
            Page<Recommendation> slice = recommendations.page(culture, sort, TODAY, new PageRequest(page, 2));
            assertThat(statistics.getPrepareStatementCount()).as("statements for page " + page).isEqualTo(3);
            assertThat(slice.total()).isEqualTo(6);
            slice.items().forEach(r -> paged.add(r.getId()));
        }
        assertThat(paged).as("pages of two, one after the other").isEqualTo(all.stream().map(Recommendation::getId).toList());
        statistics.clear();
        assertThat(recommendations.page(culture, sort, TODAY, new PageRequest(3, 2)).items()).as("past the end").isEmpty();
        assertThat(statistics.getPrepareStatementCount()).as("no rows to read past the end").isEqualTo(2);
        RecommendationFilter overdue = new RecommendationFilter(null, null, sample.culture(), true, null, null, null,
                null, null, null);
        assertThat(recommendations.page(overdue, List.of(), TODAY, new PageRequest(0, 1)))
                .satisfies(p -> assertThat(p.total()).as("culture's overdue: the library's two awaiting past their date,"
                        + " one with an interim answer").isEqualTo(2))
                .satisfies(p -> assertThat(p.items()).singleElement()
                        .satisfies(r -> assertThat(r.getDueDate()).isBefore(TODAY)));
    }

    /** A recommendation due on {@code due}, answered on {@code answeredOn} when a position is given. */
    private static void record(EntityManager em, DialogueProject project, long directorate, LocalDate due,
            AnswerPosition position, LocalDate answeredOn) {
        LocalDate recorded = due.minusDays(90);
        Recommendation recommendation = new Recommendation(project, null, "Une préconisation", directorate, recorded,
                due, "pole");
        if (position != null) {
            recommendation.answer(position, "Une réponse", null, "direction", answeredOn, AT);
        }
        new JpaRecommendationRepository(em).store(recommendation);
    }
}
