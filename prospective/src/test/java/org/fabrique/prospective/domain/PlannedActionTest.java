package org.fabrique.prospective.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fabrique.core.domain.StateConflict;
import org.junit.jupiter.api.Test;

class PlannedActionTest {

    static final LocalDate DEADLINE = LocalDate.of(2027, 6, 30);

    private static void assertConflict(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static PlannedAction plan(Workshop workshop, ReferenceDocument document) {
        return PlannedAction.plan(workshop, document, "Un guichet unique", "Ouvrir le guichet de Bellevue", 4,
                "Mme Martin", DEADLINE, ReferenceDocumentTest.NOW);
    }

    private static Workshop adopted(ReferenceDocument[] holder) {
        Workshop workshop = ReferenceDocumentTest.inScenario();
        ReferenceDocument document = ReferenceDocumentTest.submitted(workshop);
        document.adopt(workshop, 0, ReferenceDocumentTest.PRESIDENT, ReferenceDocumentTest.NOW);
        holder[0] = document;
        return workshop;
    }

    @Test
    void actionsArePlannedOnceTheDocumentIsAdoptedAndTheFirstOneOpensTheActionPlan() {
        Workshop workshop = ReferenceDocumentTest.inScenario();
        ReferenceDocument draft = ReferenceDocumentTest.submitted(workshop);
        assertConflict("prospective.plan.notAdopted", () -> plan(workshop, draft));

        ReferenceDocument[] document = new ReferenceDocument[1];
        Workshop adopted = adopted(document);
        PlannedAction action = plan(adopted, document[0]);

        assertThat(action.getStatus()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.getProgress()).isZero();
        assertThat(action.getDirectorateId()).isEqualTo(4);
        assertThat(adopted.getStatus()).isEqualTo(WorkshopStatus.ACTION_PLAN);
        plan(adopted, document[0]);
        assertThat(adopted.getStatus()).isEqualTo(WorkshopStatus.ACTION_PLAN);
    }

    @Test
    void progressMovesWithinZeroToHundredAndAFinishedActionChangesNoMore() {
        ReferenceDocument[] document = new ReferenceDocument[1];
        PlannedAction action = plan(adopted(document), document[0]);

        assertConflict("prospective.action.plannedWithProgress", () -> action.update(ActionStatus.PLANNED, 10));
        assertConflict("prospective.action.doneIncomplete", () -> action.update(ActionStatus.DONE, 90));
        assertThatThrownBy(() -> action.update(ActionStatus.IN_PROGRESS, 101)).isInstanceOf(IllegalArgumentException.class);
        action.update(ActionStatus.IN_PROGRESS, 40);
        assertThat(action.getProgress()).isEqualTo(40);
        action.update(ActionStatus.DONE, 100);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.DONE);
        assertConflict("prospective.action.finished", () -> action.update(ActionStatus.IN_PROGRESS, 50));
    }

    @Test
    void anActionNamesItsRecommendationTitleAndPilot() {
        ReferenceDocument[] document = new ReferenceDocument[1];
        Workshop workshop = adopted(document);
        assertThatThrownBy(() -> PlannedAction.plan(workshop, document[0], " ", "Titre", 4, "Pilote", DEADLINE,
                ReferenceDocumentTest.NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlannedAction.plan(workshop, document[0], "Reco", "Titre", 4, "Pilote", null,
                ReferenceDocumentTest.NOW)).isInstanceOf(NullPointerException.class);
    }
}
