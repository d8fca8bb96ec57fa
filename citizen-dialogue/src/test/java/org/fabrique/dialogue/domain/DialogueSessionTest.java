package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.dialogueProject;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialogueSessionTest {

    private static final LocalDate MAY_12 = LocalDate.of(2026, 5, 12);

    private final DialogueProject project = dialogueProject();

    @Test
    void aSessionRecordsWhenWhereHowWhoAndWhatCameOutOfIt() {
        DialogueSession session = new DialogueSession(project, MAY_12, "  Maison de quartier  ",
                ParticipationMethod.CO_CONSTRUCTION_WORKSHOP, SessionGroup.RESIDENTS, 24, " Accueil, horaires ",
                " Trois scénarios ");

        assertThat(session.getProject()).isSameAs(project);
        assertThat(session.getDate()).isEqualTo(MAY_12);
        assertThat(session.getPlace()).isEqualTo("Maison de quartier");
        assertThat(session.getMethod()).isEqualTo(ParticipationMethod.CO_CONSTRUCTION_WORKSHOP);
        assertThat(session.getGroup()).isEqualTo(SessionGroup.RESIDENTS);
        assertThat(session.getParticipants()).isEqualTo(24);
        assertThat(session.getThemes()).isEqualTo("Accueil, horaires");
        assertThat(session.getOutputs()).isEqualTo("Trois scénarios");
    }

    @Test
    void themesAndOutputsMayBeLeftEmpty() {
        DialogueSession session = session(0, " ", null);

        assertThat(session.getParticipants()).isZero();
        assertThat(session.getThemes()).isNull();
        assertThat(session.getOutputs()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100_001})
    void participantsAre0To100000(int participants) {
        assertThatThrownBy(() -> session(participants, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants");
        assertThat(session(100_000, null, null).getParticipants()).isEqualTo(100_000);
    }

    @Test
    void thePlaceIsRequiredAndAtMost200Characters() {
        assertThatThrownBy(() -> new DialogueSession(project, MAY_12, " ", ParticipationMethod.SURVEY,
                SessionGroup.MIXED, 10, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("place");
        assertThatThrownBy(() -> new DialogueSession(project, MAY_12, "x".repeat(201), ParticipationMethod.SURVEY,
                SessionGroup.MIXED, 10, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("place");
    }

    @Test
    void themesAndOutputsHaveAtMost4000Characters() {
        assertThatThrownBy(() -> session(10, "x".repeat(4001), null)).hasMessageContaining("themes");
        assertThatThrownBy(() -> session(10, null, "x".repeat(4001))).hasMessageContaining("outputs");
        assertThat(session(10, "x".repeat(4000), null).getThemes()).hasSize(4000);
    }

    @Test
    void theProjectDateMethodAndGroupAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new DialogueSession(null, MAY_12, "Mairie",
                ParticipationMethod.SURVEY, SessionGroup.MIXED, 1, null, null)).withMessageContaining("project");
        assertThatNullPointerException().isThrownBy(() -> new DialogueSession(project, null, "Mairie",
                ParticipationMethod.SURVEY, SessionGroup.MIXED, 1, null, null)).withMessageContaining("date");
        assertThatNullPointerException().isThrownBy(() -> new DialogueSession(project, MAY_12, "Mairie",
                null, SessionGroup.MIXED, 1, null, null)).withMessageContaining("method");
        assertThatNullPointerException().isThrownBy(() -> new DialogueSession(project, MAY_12, "Mairie",
                ParticipationMethod.SURVEY, null, 1, null, null)).withMessageContaining("group");
    }

    @Test
    void aSessionCanBeRevisedAndARefusedRevisionChangesNothing() {
        DialogueSession session = session(10, "Accueil", null);

        session.revise(MAY_12.plusDays(7), "Mairie annexe", ParticipationMethod.URBAN_WALK, SessionGroup.MIXED, 31,
                null, "Parcours commenté");

        assertThat(session.getDate()).isEqualTo(MAY_12.plusDays(7));
        assertThat(session.getPlace()).isEqualTo("Mairie annexe");
        assertThat(session.getMethod()).isEqualTo(ParticipationMethod.URBAN_WALK);
        assertThat(session.getGroup()).isEqualTo(SessionGroup.MIXED);
        assertThat(session.getParticipants()).isEqualTo(31);
        assertThat(session.getThemes()).isNull();
        assertThat(session.getOutputs()).isEqualTo("Parcours commenté");

        assertThatThrownBy(() -> session.revise(MAY_12, "Ailleurs", ParticipationMethod.SURVEY, SessionGroup.AGENTS,
                -5, "Autre", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getPlace()).isEqualTo("Mairie annexe");
        assertThat(session.getParticipants()).isEqualTo(31);
        assertThat(session.getOutputs()).isEqualTo("Parcours commenté");
    }

    private DialogueSession session(int participants, String themes, String outputs) {
        return new DialogueSession(project, MAY_12, "Mairie", ParticipationMethod.PUBLIC_DEBATE, SessionGroup.AGENTS,
                participants, themes, outputs);
    }
}
