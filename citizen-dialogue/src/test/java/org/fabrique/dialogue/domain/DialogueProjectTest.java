package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.CULTURE;
import static org.fabrique.dialogue.domain.Examples.LATER;
import static org.fabrique.dialogue.domain.Examples.arbitrated;
import static org.fabrique.dialogue.domain.Examples.assertConflict;
import static org.fabrique.dialogue.domain.Examples.programme;
import static org.fabrique.dialogue.domain.Examples.studied;

import org.fabrique.core.domain.TerritorialScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DialogueProjectTest {

    private final Programme programme = programme();

    @Test
    void aRetainedCandidateOfAValidatedProgrammeBecomesADialogueProjectWithACopyOfItsDescription() {
        CandidateProject retained = arbitrated(programme, ArbitrationDecision.RETAINED);
        programme.validate(35, null, "elu", LATER);

        DialogueProject project = new DialogueProject(retained);

        assertThat(project.getCandidate()).isSameAs(retained);
        assertThat(project.getProgramme()).isSameAs(programme);
        assertThat(project.getTitle()).isEqualTo("Nouvelle mairie de quartier");
        assertThat(project.getSummary()).isEqualTo("Concevoir avec les habitants la future mairie.");
        assertThat(project.getDirectorateId()).isEqualTo(CULTURE);
        assertThat(project.getPolicyId()).isEqualTo(11L);
        assertThat(project.getScale()).isEqualTo(TerritorialScale.NEIGHBOURHOOD);
        assertThat(project.getNeighbourhoodId()).isEqualTo(31L);
        assertThat(project.getParticipationLevel()).isEqualTo(ParticipationLevel.CO_CONSTRUCTION);
        assertThat(project.getMethods()).containsExactly(ParticipationMethod.CO_CONSTRUCTION_WORKSHOP,
                ParticipationMethod.SERVICE_DESIGN);
    }

    @ParameterizedTest
    @EnumSource(value = ArbitrationDecision.class, names = "RETAINED", mode = EnumSource.Mode.EXCLUDE)
    void aDeferredOrRejectedCandidateDoesNotBecomeOne(ArbitrationDecision decision) {
        CandidateProject candidate = arbitrated(programme, decision);
        programme.validate(35, null, "elu", LATER);

        assertConflict("dialogue.project.notRetained", () -> new DialogueProject(candidate));
    }

    @Test
    void aCandidateNotYetArbitratedDoesNotBecomeOne() {
        CandidateProject candidate = studied(programme);
        programme.validate(35, null, "elu", LATER);

        assertConflict("dialogue.project.notRetained", () -> new DialogueProject(candidate));
    }

    @Test
    void aRetainedCandidateBecomesOneOnlyOnceItsProgrammeIsValidated() {
        CandidateProject retained = arbitrated(programme, ArbitrationDecision.RETAINED);

        assertConflict("dialogue.programme.notValidated", () -> new DialogueProject(retained));
    }

    @Test
    void thePoleRecordsTheLessonsLearnedAndCanRewriteOrClearThem() {
        DialogueProject project = Examples.dialogueProject();
        assertThat(project.getLessons()).isNull();

        project.recordLessons("  Les marches exploratoires attirent les habitants peu présents en réunion.  ");
        assertThat(project.getLessons()).isEqualTo("Les marches exploratoires attirent les habitants peu présents en réunion.");

        project.recordLessons(" ");
        assertThat(project.getLessons()).isNull();
    }

    @Test
    void lessonsAreAtMost4000Characters() {
        DialogueProject project = Examples.dialogueProject();
        project.recordLessons("x".repeat(DialogueProject.LESSONS_MAX_LENGTH));

        assertThatThrownBy(() -> project.recordLessons("x".repeat(DialogueProject.LESSONS_MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(project.getLessons()).hasSize(DialogueProject.LESSONS_MAX_LENGTH);
    }
}
