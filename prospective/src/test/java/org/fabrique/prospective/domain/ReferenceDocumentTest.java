package org.fabrique.prospective.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.fabrique.core.domain.StateConflict;
import org.junit.jupiter.api.Test;

class ReferenceDocumentTest {

    static final long PRESIDENT = WorkshopTest.PRESIDENT;
    static final long MEMBER = 2;
    static final long NEWCOMER = 3;
    static final Instant NOW = WorkshopTest.NOW;

    static Workshop inScenario() {
        Workshop workshop = WorkshopTest.workshop();
        workshop.addMember(MEMBER, ParticipantCategory.ELECTED_OFFICIAL);
        workshop.addMember(NEWCOMER, ParticipantCategory.EXTERNAL_EXPERT);
        workshop.acknowledgeCharter(MEMBER, NOW);
        while (workshop.getStatus() != WorkshopStatus.SCENARIO) {
            workshop.advance(5);
        }
        return workshop;
    }

    static ChapterTexts texts(String recommendations) {
        return new ChapterTexts(Map.of(Chapter.ISSUES, "Vieillir chez soi, dans son quartier.",
                Chapter.POSITIONING, "La Ville est animatrice.",
                Chapter.RECOMMENDATIONS, recommendations));
    }

    static ReferenceDocument submitted(Workshop workshop) {
        ReferenceDocument document = new ReferenceDocument(1);
        document.writeDraft(workshop, texts("- Un guichet unique\n- Des visites de convivialité"));
        document.submit(workshop, PRESIDENT, NOW);
        return document;
    }

    static Amendment proposed(Workshop workshop, ReferenceDocument document) {
        return Amendment.propose(workshop, document, MEMBER, Chapter.RECOMMENDATIONS, "Un guichet unique",
                "Un guichet unique dans chaque quartier", "La proximité d'abord", NOW);
    }

    private static void assertConflict(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void versionsAreNumberedAndKeepTheFullTextWhoSubmittedItAndWhen() {
        Workshop workshop = inScenario();
        ReferenceDocument document = submitted(workshop);
        document.writeDraft(workshop, texts("- Un guichet unique par quartier"));
        DocumentVersion second = document.submit(workshop, PRESIDENT, NOW.plusSeconds(60));

        assertThat(document.getVersions()).extracting(DocumentVersion::getNumber).containsExactly(1, 2);
        assertThat(second.getChapters().text(Chapter.RECOMMENDATIONS)).isEqualTo("- Un guichet unique par quartier");
        assertThat(document.version(1).orElseThrow().getChapters().text(Chapter.ISSUES)).isEqualTo("Vieillir chez soi, dans son quartier.");
        assertThat(second.getSubmittedBy()).isEqualTo(PRESIDENT);
        assertThat(second.getSubmittedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aVersionIsSubmittedInTheScenarioSequenceOnlyAndNotEmptyNorUnchanged() {
        Workshop workshop = WorkshopTest.workshop();
        ReferenceDocument document = new ReferenceDocument(1);
        assertConflict("prospective.document.notScenario", () -> document.writeDraft(workshop, texts("x")));

        Workshop scenario = inScenario();
        assertConflict("prospective.document.draftEmpty", () -> document.submit(scenario, PRESIDENT, NOW));
        document.writeDraft(scenario, texts("x"));
        document.submit(scenario, PRESIDENT, NOW);
        assertConflict("prospective.document.unchanged", () -> document.submit(scenario, PRESIDENT, NOW));
    }

    @Test
    void membersWhoAcknowledgedTheCharterProposeAmendmentsOnASubmittedVersion() {
        Workshop workshop = inScenario();
        ReferenceDocument empty = new ReferenceDocument(1);
        assertConflict("prospective.amendment.noVersion", () -> proposed(workshop, empty));

        ReferenceDocument document = submitted(workshop);
        Amendment amendment = proposed(workshop, document);
        assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(amendment.getAmendedVersion()).isEqualTo(1);
        assertThat(amendment.getAuthorPersonId()).isEqualTo(MEMBER);

        assertConflict("prospective.charter.notAcknowledged", () -> Amendment.propose(workshop, document, NEWCOMER,
                Chapter.ISSUES, "quartier", "voisinage", "Plus juste", NOW));
        assertConflict("prospective.notMember", () -> Amendment.propose(workshop, document, 99,
                Chapter.ISSUES, "quartier", "voisinage", "Plus juste", NOW));
        assertThatThrownBy(() -> Amendment.propose(workshop, document, MEMBER, Chapter.ISSUES, "quartier", " ",
                "Plus juste", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAcceptedAmendmentEntersTheDraftOfTheNextVersion() {
        Workshop workshop = inScenario();
        ReferenceDocument document = submitted(workshop);
        Amendment amendment = proposed(workshop, document);

        document.decide(workshop, amendment, AmendmentStatus.ACCEPTED, null, PRESIDENT, NOW);

        assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.ACCEPTED);
        assertThat(amendment.getDecidedBy()).isEqualTo(PRESIDENT);
        assertThat(document.getDraft().text(Chapter.RECOMMENDATIONS))
                .isEqualTo("- Un guichet unique dans chaque quartier\n- Des visites de convivialité");
        assertConflict("prospective.amendment.decided",
                () -> document.decide(workshop, amendment, AmendmentStatus.REJECTED, null, PRESIDENT, NOW));
    }

    @Test
    void acceptingAsModifiedNeedsTheModifiedTextWhichEntersTheDraft() {
        Workshop workshop = inScenario();
        ReferenceDocument document = submitted(workshop);
        Amendment amendment = proposed(workshop, document);

        assertConflict("prospective.amendment.modifiedTextRequired",
                () -> document.decide(workshop, amendment, AmendmentStatus.ACCEPTED_AS_MODIFIED, " ", PRESIDENT, NOW));
        assertConflict("prospective.amendment.notADecision",
                () -> document.decide(workshop, amendment, AmendmentStatus.WITHDRAWN, null, PRESIDENT, NOW));
        document.decide(workshop, amendment, AmendmentStatus.ACCEPTED_AS_MODIFIED, "Un guichet unique par pôle de quartier",
                PRESIDENT, NOW);

        assertThat(amendment.getModifiedText()).isEqualTo("Un guichet unique par pôle de quartier");
        assertThat(document.getDraft().text(Chapter.RECOMMENDATIONS)).startsWith("- Un guichet unique par pôle de quartier\n");
    }

    @Test
    void aRejectedAmendmentLeavesTheDraftAsItIs() {
        Workshop workshop = inScenario();
        ReferenceDocument document = submitted(workshop);
        Amendment amendment = proposed(workshop, document);

        document.decide(workshop, amendment, AmendmentStatus.REJECTED, null, PRESIDENT, NOW);

        assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.REJECTED);
        assertThat(document.getDraft()).isEqualTo(document.latest().orElseThrow().getChapters());
    }

    @Test
    void onlyItsAuthorWithdrawsAnAmendmentAndOnlyWhileUndecided() {
        Workshop workshop = inScenario();
        ReferenceDocument document = submitted(workshop);
        Amendment amendment = proposed(workshop, document);

        assertConflict("prospective.amendment.notAuthor", () -> amendment.withdraw(PRESIDENT, NOW));
        amendment.withdraw(MEMBER, NOW);
        assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.WITHDRAWN);
        assertConflict("prospective.amendment.decided", () -> amendment.withdraw(MEMBER, NOW));
        assertConflict("prospective.amendment.decided",
                () -> document.decide(workshop, amendment, AmendmentStatus.ACCEPTED, null, PRESIDENT, NOW));
    }

    @Test
    void adoptionNeedsAVersionNoUndecidedAmendmentAndNoUnsubmittedChange() {
        Workshop workshop = inScenario();
        ReferenceDocument empty = new ReferenceDocument(1);
        assertConflict("prospective.document.noVersion", () -> empty.adopt(workshop, 0, PRESIDENT, NOW));

        ReferenceDocument document = submitted(workshop);
        Amendment amendment = proposed(workshop, document);
        assertConflict("prospective.document.undecided", () -> document.adopt(workshop, 1, PRESIDENT, NOW));
        document.decide(workshop, amendment, AmendmentStatus.ACCEPTED, null, PRESIDENT, NOW);
        assertConflict("prospective.document.draftNotSubmitted", () -> document.adopt(workshop, 0, PRESIDENT, NOW));

        document.submit(workshop, PRESIDENT, NOW);
        document.adopt(workshop, 0, PRESIDENT, NOW.plusSeconds(3600));

        assertThat(document.isAdopted()).isTrue();
        assertThat(document.getAdoptedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(document.getAdoptedVersion()).isEqualTo(2);
        assertThat(workshop.getStatus()).isEqualTo(WorkshopStatus.ADOPTED);
        assertThat(document.adoptedRecommendations())
                .containsExactly("Un guichet unique dans chaque quartier", "Des visites de convivialité");
        assertConflict("prospective.document.adopted", () -> document.adopt(workshop, 0, PRESIDENT, NOW));
        assertConflict("prospective.document.adopted", () -> proposed(workshop, document));
    }
}
