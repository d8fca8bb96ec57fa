package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fabrique.web.TestPersistence.checkQueries;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.UndecidedAmendments;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopSession;
import org.fabrique.prospective.infrastructure.JpaDocumentRepository;
import org.fabrique.prospective.infrastructure.JpaWorkshopRepository;
import org.fabrique.web.TestPersistence.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the workshops put on a home page is found by the database, each list in one statement: the next session
 * of each workshop where a person sits or presides (not a closed one), the registers still
 * to take, the workshops in a sequence with nothing convened, and a president's amendments to decide.
 */
class ProspectivePendingQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private record Sample(long president, long member, long outsider, long scenario, long exploratory, long closed) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestPersistence.DATABASES)
    void each_list_is_one_statement_and_keeps_to_its_rule(Database database) throws Exception {
        checkQueries(database, ProspectivePendingQueriesTest::store, (entityManager, statistics, sample) -> {
            JpaWorkshopRepository workshops = new JpaWorkshopRepository(entityManager);
            statistics.clear();
            List<WorkshopSession> next = workshops.nextSessions(sample.member(), TODAY, 5);
            next.forEach(s -> s.getWorkshop().getTitle());
            assertThat(statistics.getPrepareStatementCount()).as("statements for the next sessions").isEqualTo(1);
            assertThat(next).extracting(s -> s.getWorkshop().getId(), WorkshopSession::getDate)
                    .as("the next of each workshop, today included, by date; not past, not a later one, not in a closed workshop")
                    .containsExactly(tuple(sample.exploratory(), TODAY), tuple(sample.scenario(), TODAY.plusDays(10)));
            assertThat(workshops.nextSessions(sample.president(), TODAY, 5))
                    .extracting(s -> s.getWorkshop().getId()).as("the president of the scenario workshop only")
                    .containsExactly(sample.scenario());
            assertThat(workshops.nextSessions(sample.outsider(), TODAY, 5)).isEmpty();
            assertThat(workshops.nextSessions(sample.member(), TODAY, 1)).hasSize(1);

            statistics.clear();
            List<WorkshopSession> registers = workshops.withoutRegister(TODAY, 5);
            registers.forEach(s -> s.getWorkshop().getTitle());
            assertThat(statistics.getPrepareStatementCount()).as("statements for the registers").isEqualTo(1);
            assertThat(registers).extracting(s -> s.getWorkshop().getId(), WorkshopSession::getDate)
                    .as("past sessions with an empty register, of open workshops")
                    .containsExactly(tuple(sample.scenario(), TODAY.minusDays(20)));

            statistics.clear();
            assertThat(workshops.withoutNextSession(TODAY, 5)).extracting(Workshop::getTitle)
                    .as("in a sequence with no session from today on").containsExactly("Sans séance");
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);

            statistics.clear();
            List<UndecidedAmendments> undecided = new JpaDocumentRepository(entityManager)
                    .undecidedForPresident(sample.president());
            assertThat(statistics.getPrepareStatementCount()).as("statements for the amendments").isEqualTo(1);
            assertThat(undecided).containsExactly(new UndecidedAmendments(sample.scenario(), "Scénarios", 2));
            assertThat(new JpaDocumentRepository(entityManager).undecidedForPresident(sample.member())).isEmpty();
        });
    }

    private static Sample store(EntityManager em) {
        long president = person(em, "Présidente", PersonCategory.ELECTED_OFFICIAL);
        long member = person(em, "Membre", PersonCategory.DIRECTOR);
        long outsider = person(em, "Ailleurs", PersonCategory.EXTERNAL_EXPERT);
        long other = person(em, "Autre présidente", PersonCategory.ELECTED_OFFICIAL);
        Cycle cycle = new Cycle("Cycle", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        em.persist(cycle);

        Workshop scenario = workshop(em, cycle, "Scénarios", president, member, 3);
        session(em, scenario, Sequence.SCENARIO, TODAY.plusDays(10));
        session(em, scenario, Sequence.SCENARIO, TODAY.plusDays(40));
        session(em, scenario, Sequence.RESOURCE, TODAY.minusDays(20));
        WorkshopSession registered = session(em, scenario, Sequence.RESOURCE, TODAY.minusDays(30));
        registered.recordAttendance(member, Presence.PRESENT);
        ReferenceDocument document = new ReferenceDocument(scenario.getId());
        document.writeDraft(scenario, ChapterTexts.empty().with(Chapter.ISSUES, "Les enjeux du territoire."));
        document.submit(scenario, president, AT);
        em.persist(document);
        scenario.acknowledgeCharter(member, AT);
        for (int i = 0; i < 2; i++) {
            em.persist(Amendment.propose(scenario, document, member, Chapter.ISSUES, "enjeux", "Les défis " + i, "Plus juste.", AT));
        }

        Workshop exploratory = workshop(em, cycle, "Exploration", other, member, 1);
        session(em, exploratory, Sequence.EXPLORATORY, TODAY);
        Workshop none = workshop(em, cycle, "Sans séance", other, other, 1);
        session(em, none, Sequence.EXPLORATORY, TODAY.minusDays(1)).recordAttendance(other, Presence.ABSENT);
        Workshop closed = workshop(em, cycle, "Close", president, member, 0);
        session(em, closed, Sequence.EXPLORATORY, TODAY.plusDays(3));
        session(em, closed, Sequence.EXPLORATORY, TODAY.minusDays(3));
        em.flush();
        em.createQuery("update Workshop w set w.status = org.fabrique.prospective.domain.WorkshopStatus.CLOSED"
                + " where w.id = :id").setParameter("id", closed.getId()).executeUpdate();
        workshop(em, cycle, "En préparation", other, other, 0);
        return new Sample(president, member, outsider, scenario.getId(), exploratory.getId(), closed.getId());
    }

    /** A workshop moved {@code steps} steps on from its preparation (exploratory, resource, scenario). */
    private static Workshop workshop(EntityManager em, Cycle cycle, String title, long president, long member, int steps) {
        Workshop workshop = new Workshop(cycle, title, WorkshopKind.MAJOR_ISSUE, null, TerritorialScale.CITY, president);
        if (member != president) {
            workshop.addMember(member, ParticipantCategory.DIRECTORATE_RESOURCE);
        }
        for (int i = 0; i < steps; i++) {
            workshop.advance(i == 1 ? 5 : 0);
        }
        em.persist(workshop);
        return workshop;
    }

    private static WorkshopSession session(EntityManager em, Workshop workshop, Sequence sequence, LocalDate date) {
        WorkshopSession session = new WorkshopSession(workshop, sequence, date, SessionLength.HALF_DAY, "Ordre du jour");
        em.persist(session);
        return session;
    }

    private static long person(EntityManager em, String name, PersonCategory category) {
        Person person = new Person(name, null, category);
        em.persist(person);
        return person.getId();
    }
}
