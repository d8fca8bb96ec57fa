package org.fabrique.prospective.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;
import org.junit.jupiter.api.Test;

class WorkshopTest {

    static final long PRESIDENT = 1;
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static Cycle cycle() {
        return new Cycle("Premier cycle", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 12, 31));
    }

    static Workshop workshop() {
        return new Workshop(cycle(), "Personnes âgées", WorkshopKind.PUBLIC_POLICY, 7L, TerritorialScale.CITY, PRESIDENT);
    }

    private static void assertConflict(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aWorkshopStartsInPreparationWithItsPresidentAsFirstMember() {
        Workshop workshop = workshop();

        assertThat(workshop.getStatus()).isEqualTo(WorkshopStatus.PREPARATION);
        assertThat(workshop.getMembers()).singleElement().satisfies(m -> {
            assertThat(m.getPersonId()).isEqualTo(PRESIDENT);
            assertThat(m.getCategory()).isEqualTo(ParticipantCategory.PRESIDENT);
            assertThat(m.hasAcknowledgedCharter()).isFalse();
        });
        assertThat(workshop.isMember(PRESIDENT)).isTrue();
        assertThat(workshop.isMember(2L)).isFalse();
        assertThat(workshop.isMember(null)).isFalse();
    }

    @Test
    void aPublicPolicyWorkshopNamesItsPolicyAndWorksAtCityOrMetropolitanScale() {
        assertThatThrownBy(() -> new Workshop(cycle(), "Sans politique", WorkshopKind.PUBLIC_POLICY, null,
                TerritorialScale.CITY, PRESIDENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Workshop(cycle(), "Quartier", WorkshopKind.PUBLIC_POLICY, 7L,
                TerritorialScale.NEIGHBOURHOOD, PRESIDENT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Workshop(cycle(), "Grand enjeu : la Loire", WorkshopKind.MAJOR_ISSUE, null,
                TerritorialScale.METROPOLIS, PRESIDENT).getPolicyId()).isNull();
    }

    @Test
    void membersAreSeatedOnceAndThereIsOnePresidentWhoStays() {
        Workshop workshop = workshop();
        workshop.addMember(2, ParticipantCategory.ELECTED_OFFICIAL);

        assertConflict("prospective.member.already", () -> workshop.addMember(2, ParticipantCategory.CABINET));
        assertConflict("prospective.president.unique", () -> workshop.addMember(3, ParticipantCategory.PRESIDENT));
        assertConflict("prospective.president.stays", () -> workshop.removeMember(PRESIDENT));
        assertConflict("prospective.notMember", () -> workshop.removeMember(99));
        workshop.removeMember(2);
        assertThat(workshop.isMember(2L)).isFalse();
    }

    @Test
    void theGroupSizeIsWarnedOutsideFifteenToThirty() {
        Workshop workshop = workshop();
        assertThat(workshop.isGroupSizeOutsideRange()).isTrue();
        for (long person = 2; person <= 15; person++) {
            workshop.addMember(person, ParticipantCategory.DIRECTORATE_RESOURCE);
        }
        assertThat(workshop.getMembers()).hasSize(15);
        assertThat(workshop.isGroupSizeOutsideRange()).isFalse();
        for (long person = 16; person <= 31; person++) {
            workshop.addMember(person, ParticipantCategory.EXTERNAL_EXPERT);
        }
        assertThat(workshop.isGroupSizeOutsideRange()).isTrue();
    }

    @Test
    void aMemberAcknowledgesTheCharterOnceAndTheFirstDateIsKept() {
        Workshop workshop = workshop();
        workshop.addMember(2, ParticipantCategory.POLE);

        workshop.acknowledgeCharter(2, NOW);
        workshop.acknowledgeCharter(2, NOW.plusSeconds(3600));

        assertThat(workshop.member(2).orElseThrow().getCharterAcknowledgedAt()).isEqualTo(NOW);
        assertConflict("prospective.notMember", () -> workshop.acknowledgeCharter(42, NOW));
    }

    @Test
    void theStatusFollowsTheMethodStepByStepAndAClosedWorkshopChangesNoMore() {
        Workshop workshop = workshop();
        for (WorkshopStatus expected : new WorkshopStatus[] {WorkshopStatus.EXPLORATORY, WorkshopStatus.RESOURCE,
                WorkshopStatus.SCENARIO, WorkshopStatus.ADOPTED, WorkshopStatus.ACTION_PLAN, WorkshopStatus.CLOSED}) {
            workshop.advance(7);
            assertThat(workshop.getStatus()).isEqualTo(expected);
        }
        assertConflict("prospective.closed", workshop::advance);
        assertConflict("prospective.closed", () -> workshop.addMember(5, ParticipantCategory.CABINET));
        assertThat(WorkshopStatus.RESOURCE.sequence()).isEqualTo(Sequence.RESOURCE);
        assertThat(WorkshopStatus.ADOPTED.sequence()).isNull();
    }

    @Test
    void theExploratorySequenceClosesOnlyWithFiveToTenRankedIssues() {
        Workshop workshop = workshop();
        workshop.advance();
        assertThat(workshop.getStatus()).isEqualTo(WorkshopStatus.EXPLORATORY);

        assertConflict("prospective.issues.range", workshop::advance);
        assertConflict("prospective.issues.range", () -> workshop.advance(4));
        assertConflict("prospective.issues.range", () -> workshop.advance(11));
        assertThat(workshop.getStatus()).isEqualTo(WorkshopStatus.EXPLORATORY);
        workshop.advance(5);
        assertThat(workshop.getStatus()).isEqualTo(WorkshopStatus.RESOURCE);
        workshop.advance();
        assertThat(workshop.getStatus()).as("no count needed elsewhere").isEqualTo(WorkshopStatus.SCENARIO);
    }

    @Test
    void theSynthesisNoteIsWrittenThenPublishedAndRewritingUnpublishesIt() {
        Workshop workshop = workshop();
        assertConflict("prospective.synthesis.empty", () -> workshop.publishSynthesis(NOW));

        workshop.writeSynthesis("Note de synthèse pour les lecteurs extérieurs.");
        workshop.publishSynthesis(NOW);
        assertThat(workshop.getSynthesisPublishedAt()).isEqualTo(NOW);

        workshop.writeSynthesis("Nouvelle version.");
        assertThat(workshop.getSynthesisPublishedAt()).isNull();
    }
}
