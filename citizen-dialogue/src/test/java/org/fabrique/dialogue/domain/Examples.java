package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;

/** Records at each stage of the 2026 programme, as the domain tests need them. */
public final class Examples {

    static final LocalDate OPENS = LocalDate.of(2026, 1, 5);
    static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);
    static final LocalDate IN_WINDOW = LocalDate.of(2026, 2, 10);
    static final Instant NOW = Instant.parse("2026-02-10T09:30:00Z");
    static final Instant LATER = Instant.parse("2026-04-20T14:00:00Z");
    static final long CULTURE = 3;
    static final long SPORTS = 4;

    private Examples() {
    }

    /** The 2026 programme: January 5 to March 31, 30 to 50 projects, answers within 90 days. */
    static Programme programme() {
        return new Programme(2026, OPENS, CLOSES, 30, 50, 90);
    }

    /** Everything a submission requires, at neighbourhood scale. */
    static CandidateDraft completeDraft() {
        return new CandidateDraft("Nouvelle mairie de quartier", "Concevoir avec les habitants la future mairie.",
                11L, 21L, TerritorialScale.NEIGHBOURHOOD, 31L, "Un équipement de proximité structurant.",
                "Programmation et aménagement intérieur.", ParticipationLevel.CO_CONSTRUCTION,
                Set.of(ParticipationMethod.CO_CONSTRUCTION_WORKSHOP, ParticipationMethod.SERVICE_DESIGN),
                "Habitants, agents, élus", "Septembre à décembre", new BigDecimal("15000"));
    }

    /** Only a title. */
    static CandidateDraft titleOnly(String title) {
        return new CandidateDraft(title, null, null, null, null, null, null, null, null, Set.of(), null, null, null);
    }

    static CandidateProject draft(Programme programme) {
        return new CandidateProject(programme, CULTURE, completeDraft(), "direction", NOW);
    }

    static CandidateProject submitted(Programme programme) {
        CandidateProject candidate = draft(programme);
        candidate.submit(IN_WINDOW, NOW);
        return candidate;
    }

    static CandidateProject studied(Programme programme) {
        CandidateProject candidate = submitted(programme);
        candidate.recordFeasibility(study(FeasibilityOpinion.FEASIBLE));
        return candidate;
    }

    static CandidateProject arbitrated(Programme programme, ArbitrationDecision decision) {
        CandidateProject candidate = studied(programme);
        candidate.arbitrate(decision, "Un projet attendu par le quartier.", "elu", LATER);
        return candidate;
    }

    /** Every criterion favourable. */
    static FeasibilityStudy study(FeasibilityOpinion opinion) {
        return new FeasibilityStudy(assessments(FeasibilityCriterion.values()), opinion, "Portage fort.", "pole",
                NOW);
    }

    static List<CriterionAssessment> assessments(FeasibilityCriterion... criteria) {
        return Arrays.stream(criteria)
                .map(criterion -> new CriterionAssessment(criterion, Assessment.FAVOURABLE, null))
                .toList();
    }

    /** The dialogue project of a retained candidate of the validated 2026 programme. */
    public static DialogueProject dialogueProject() {
        Programme programme = programme();
        CandidateProject retained = arbitrated(programme, ArbitrationDecision.RETAINED);
        programme.validate(1, "Une première année resserrée.", "elu", LATER);
        return new DialogueProject(retained);
    }

    static void assertConflict(String messageKey, ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOfSatisfying(StateConflict.class,
                conflict -> assertThat(conflict.messageKey()).isEqualTo(messageKey));
    }
}
