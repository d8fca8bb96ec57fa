package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.checkQueries;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.core.infrastructure.JpaDirectorateRepository;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.infrastructure.JpaCandidateRepository;
import org.fabrique.dialogue.infrastructure.LuceneDialogueSearchRepository;
import org.fabrique.dialogue.infrastructure.JpaProgrammeRepository;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.EvaluatorKind;
import org.fabrique.evaluation.domain.Framing;
import org.fabrique.evaluation.infrastructure.LuceneEvaluationSearchRepository;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.infrastructure.LuceneWorkshopSearchRepository;
import org.fabrique.web.TestPersistence.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search, matched by Hibernate Search in a Lucene index (in memory here): accents and case folded, plurals
 * stemmed, whole words only, a directorate's filter applied, a workshop's unpublished synthesis never
 * searched, an evaluation found by a question's finding; the hits and their total read from the index, the
 * page's records in one statement (two with the evaluations' questions). Hibernate runs with JPA's strict
 * query compliance, as in WildFly.
 */
class SearchQueriesTest {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    private record Sample(long culture, long sports) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void the_index_matches_french_stems_without_accents_in_whole_words(Database database) throws Exception {
        checkQueries(database, SearchQueriesTest::store, (entityManager, statistics, sample) -> {
            LuceneDialogueSearchRepository dialogue = new LuceneDialogueSearchRepository(entityManager);
            PageRequest page = new PageRequest(0, 10);
            statistics.clear();
            var all = dialogue.candidates(SearchQuery.parse("équipement"), null, page);
            assertThat(statistics.getPrepareStatementCount()).as("the page's records").isEqualTo(1);
            assertThat(all.items()).extracting(CandidateProject::getTitle)
                    .containsExactlyInAnyOrder("ÉQUIPEMENTS sportifs de l'Île", "Tarifs des équipements culturels");
            assertThat(dialogue.candidates(SearchQuery.parse("equipements ile"), null, page).items())
                    .extracting(CandidateProject::getTitle).containsExactly("ÉQUIPEMENTS sportifs de l'Île");
            assertThat(dialogue.candidates(SearchQuery.parse("équipement"), sample.culture(), page).items())
                    .extracting(CandidateProject::getTitle).containsExactly("Tarifs des équipements culturels");
            assertThat(dialogue.candidates(SearchQuery.parse("port"), null, page).total())
                    .as("not inside a word: transport").isZero();
            assertThat(dialogue.candidates(SearchQuery.parse("transports"), null, page).total()).isEqualTo(1);
            assertThat(dialogue.programmes(SearchQuery.parse("2026"), page).total()).isEqualTo(1);

            LuceneWorkshopSearchRepository workshops = new LuceneWorkshopSearchRepository(entityManager);
            assertThat(workshops.workshops(SearchQuery.parse("vieillir"), page).items())
                    .extracting(Workshop::getTitle).containsExactly("Bien vieillir");
            assertThat(workshops.workshops(SearchQuery.parse("secret"), page).total())
                    .as("an unpublished synthesis is not searched").isZero();
            assertThat(workshops.workshops(SearchQuery.parse("publiée"), page).items())
                    .extracting(Workshop::getTitle).containsExactly("Petite enfance");

            LuceneEvaluationSearchRepository evaluations = new LuceneEvaluationSearchRepository(entityManager);
            SearchQuery socialisation = SearchQuery.parse("Socialisations élus");
            statistics.clear();
            var byFinding = evaluations.evaluations(socialisation, page);
            var questions = evaluations.matchingQuestions(socialisation,
                    byFinding.items().stream().map(Evaluation::getId).toList());
            assertThat(statistics.getPrepareStatementCount()).as("the page's evaluations, their questions").isEqualTo(2);
            assertThat(byFinding.items()).extracting(Evaluation::getTitle).containsExactly("Évaluation des Ateliers");
            assertThat(questions).extracting(EvaluativeQuestion::getRank).containsExactly(2);
            assertThat(evaluations.evaluations(SearchQuery.parse("ateliers"), page).total()).isEqualTo(1);
            assertThat(evaluations.evaluations(SearchQuery.parse("socialisation ateliers"), page).total())
                    .as("every word in the evaluation's own text or in one question's").isZero();
        });
    }

    private static Sample store(EntityManager em) {
        var directorates = new JpaDirectorateRepository(em);
        long culture = directorates.store(new Directorate("Direction de la culture")).getId();
        long sports = directorates.store(new Directorate("Direction des sports")).getId();
        Programme programme = new JpaProgrammeRepository(em).store(
                new Programme(2026, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), 1, 50, 90));
        candidate(em, programme, sports, "ÉQUIPEMENTS sportifs de l'Île", "Des transports vers les stades.");
        candidate(em, programme, culture, "Tarifs des équipements culturels", null);
        candidate(em, programme, culture, "Une bibliothèque", "Rien à voir.");

        Person president = new Person("Élue", null, PersonCategory.ELECTED_OFFICIAL);
        em.persist(president);
        Cycle cycle = new Cycle("Premier cycle", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 12, 31));
        em.persist(cycle);
        Workshop secret = new Workshop(cycle, "Bien vieillir", WorkshopKind.MAJOR_ISSUE, null, TerritorialScale.CITY,
                president.getId());
        secret.writeSynthesis("Une note secret, pas encore publiée.");
        em.persist(secret);
        Workshop published = new Workshop(cycle, "Petite enfance", WorkshopKind.MAJOR_ISSUE, null,
                TerritorialScale.CITY, president.getId());
        published.writeSynthesis("Une note publiée.");
        published.publishSynthesis(AT);
        em.persist(published);
        EvaluationProgramme y2013 = EvaluationProgramme.ofYear(2013);
        em.persist(y2013);
        Evaluation ateliers = new Evaluation(y2013, new Framing("Évaluation des Ateliers", EvaluationObject.METHOD, null,
                null, "Commande directe du pôle", EvaluationType.EX_POST, false, EvaluatorKind.INTERNAL, null,
                LocalDate.of(2013, 9, 1), null), null);
        em.persist(ateliers);
        em.persist(new EvaluativeQuestion(ateliers.getId(), 1, "Les élus ont-ils changé de regard ?", Set.of(Criterion.RELEVANCE)));
        EvaluativeQuestion second = new EvaluativeQuestion(ateliers.getId(), 2, "Quels effets sur les élus ?",
                Set.of(Criterion.RELEVANCE));
        second.writeFinding("Une socialisation des élus à la prospective.");
        em.persist(second);
        return new Sample(culture, sports);
    }

    private static void candidate(EntityManager em, Programme programme, long directorate, String title, String summary) {
        new JpaCandidateRepository(em).store(new CandidateProject(programme, directorate, new CandidateDraft(title,
                summary, null, null, null, null, null, null, null, Set.of(), null, null, null), "direction", AT));
    }
}
