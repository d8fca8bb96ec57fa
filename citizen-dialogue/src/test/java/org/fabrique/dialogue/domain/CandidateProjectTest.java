package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.CLOSES;
import static org.fabrique.dialogue.domain.Examples.CULTURE;
import static org.fabrique.dialogue.domain.Examples.IN_WINDOW;
import static org.fabrique.dialogue.domain.Examples.LATER;
import static org.fabrique.dialogue.domain.Examples.NOW;
import static org.fabrique.dialogue.domain.Examples.OPENS;
import static org.fabrique.dialogue.domain.Examples.arbitrated;
import static org.fabrique.dialogue.domain.Examples.assertConflict;
import static org.fabrique.dialogue.domain.Examples.completeDraft;
import static org.fabrique.dialogue.domain.Examples.draft;
import static org.fabrique.dialogue.domain.Examples.programme;
import static org.fabrique.dialogue.domain.Examples.studied;
import static org.fabrique.dialogue.domain.Examples.study;
import static org.fabrique.dialogue.domain.Examples.submitted;
import static org.fabrique.dialogue.domain.Examples.titleOnly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CandidateProjectTest {

    private final Programme programme = programme();

    @Nested
    class Drafting {

        @Test
        void aNewCandidateIsADraftOfItsDirectorateWithTheDraftsFields() {
            CandidateProject candidate = new CandidateProject(programme, CULTURE, completeDraft(), " direction ", NOW);

            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.DRAFT);
            assertThat(candidate.getProgramme()).isSameAs(programme);
            assertThat(candidate.getDirectorateId()).isEqualTo(CULTURE);
            assertThat(candidate.getCreatedBy()).isEqualTo("direction");
            assertThat(candidate.getCreatedAt()).isEqualTo(NOW);
            assertThat(candidate.getTitle()).isEqualTo("Nouvelle mairie de quartier");
            assertThat(candidate.getSummary()).isEqualTo("Concevoir avec les habitants la future mairie.");
            assertThat(candidate.getPolicyId()).isEqualTo(11L);
            assertThat(candidate.getSponsorPersonId()).isEqualTo(21L);
            assertThat(candidate.getScale()).isEqualTo(TerritorialScale.NEIGHBOURHOOD);
            assertThat(candidate.getNeighbourhoodId()).isEqualTo(31L);
            assertThat(candidate.getStakes()).isEqualTo("Un équipement de proximité structurant.");
            assertThat(candidate.getLevers()).isEqualTo("Programmation et aménagement intérieur.");
            assertThat(candidate.getParticipationLevel()).isEqualTo(ParticipationLevel.CO_CONSTRUCTION);
            assertThat(candidate.getMethods()).containsExactly(ParticipationMethod.CO_CONSTRUCTION_WORKSHOP,
                    ParticipationMethod.SERVICE_DESIGN);
            assertThat(candidate.getPublics()).isEqualTo("Habitants, agents, élus");
            assertThat(candidate.getCalendar()).isEqualTo("Septembre à décembre");
            assertThat(candidate.getBudget()).isEqualByComparingTo("15000");
            assertThat(candidate.getSubmittedAt()).isNull();
            assertThat(candidate.getWithdrawnAt()).isNull();
            assertThat(candidate.getFeasibility()).isNull();
            assertThat(candidate.getArbitration()).isNull();
            assertThat(candidate.isRetained()).isFalse();
            assertThat(candidate.toDraft()).isEqualTo(completeDraft());
        }

        @Test
        void theMethodsCannotBeChangedFromOutside() {
            CandidateProject candidate = draft(programme);

            assertThatThrownBy(() -> candidate.getMethods().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void aDraftMayHoldOnlyATitle() {
            CandidateProject candidate = new CandidateProject(programme, CULTURE, titleOnly("Idée"), "direction", NOW);

            assertThat(candidate.getTitle()).isEqualTo("Idée");
            assertThat(candidate.getMethods()).isEmpty();
        }

        @Test
        void aCandidateIsWrittenOnlyInAnOpenProgramme() {
            programme.validate(40, null, "elu", LATER);

            assertConflict("dialogue.programme.notOpen",
                    () -> new CandidateProject(programme, CULTURE, completeDraft(), "direction", NOW));
        }

        @Test
        void itsArgumentsAreRequired() {
            assertThatNullPointerException().isThrownBy(
                    () -> new CandidateProject(null, CULTURE, completeDraft(), "direction", NOW))
                    .withMessageContaining("programme");
            assertThatThrownBy(() -> new CandidateProject(programme, 0, completeDraft(), "direction", NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directorateId");
            assertThatNullPointerException().isThrownBy(
                    () -> new CandidateProject(programme, CULTURE, null, "direction", NOW))
                    .withMessageContaining("draft");
            assertThatThrownBy(() -> new CandidateProject(programme, CULTURE, completeDraft(), "", NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("createdBy");
            assertThatNullPointerException().isThrownBy(
                    () -> new CandidateProject(programme, CULTURE, completeDraft(), "direction", null))
                    .withMessageContaining("createdAt");
        }

        @Test
        void aDraftCanBeEditedAsAWhole() {
            CandidateProject candidate = draft(programme);
            CandidateDraft city = new CandidateDraft("Budget participatif", null, 12L, null, TerritorialScale.CITY,
                    null, "Enjeux", "Leviers", ParticipationLevel.CONSULTATION, Set.of(ParticipationMethod.SURVEY),
                    null, null, BigDecimal.ZERO);

            candidate.edit(city);

            assertThat(candidate.getTitle()).isEqualTo("Budget participatif");
            assertThat(candidate.getSummary()).isNull();
            assertThat(candidate.getScale()).isEqualTo(TerritorialScale.CITY);
            assertThat(candidate.getNeighbourhoodId()).isNull();
            assertThat(candidate.getSponsorPersonId()).isNull();
            assertThat(candidate.getMethods()).containsExactly(ParticipationMethod.SURVEY);
            assertThat(candidate.toDraft()).isEqualTo(city);
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.DRAFT);
        }

        @ParameterizedTest
        @EnumSource(value = CandidateStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
        void onlyADraftCanBeEdited(CandidateStatus status) {
            CandidateProject candidate = candidateIn(status);

            assertConflict("dialogue.candidate.notDraft", () -> candidate.edit(titleOnly("Autre titre")));
            assertThat(candidate.getTitle()).isEqualTo("Nouvelle mairie de quartier");
        }
    }

    @Nested
    class Submitting {

        @Test
        void aCompleteDraftIsSubmittedInsideTheWindow() {
            CandidateProject candidate = draft(programme);

            candidate.submit(IN_WINDOW, NOW);

            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.SUBMITTED);
            assertThat(candidate.getSubmittedAt()).isEqualTo(NOW);
        }

        @Test
        void theFirstAndLastDaysOfTheWindowAccept() {
            CandidateProject first = draft(programme);
            CandidateProject last = draft(programme);

            first.submit(OPENS, NOW);
            last.submit(CLOSES, NOW);

            assertThat(first.getStatus()).isEqualTo(CandidateStatus.SUBMITTED);
            assertThat(last.getStatus()).isEqualTo(CandidateStatus.SUBMITTED);
        }

        @Test
        void aSubmissionOutsideTheWindowIsRefused() {
            CandidateProject candidate = draft(programme);

            assertConflict("dialogue.submission.windowClosed", () -> candidate.submit(OPENS.minusDays(1), NOW));
            assertConflict("dialogue.submission.windowClosed", () -> candidate.submit(CLOSES.plusDays(1), NOW));
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.DRAFT);
            assertThat(candidate.getSubmittedAt()).isNull();
        }

        @Test
        void aSubmissionToAValidatedProgrammeIsRefusedEvenInsideTheWindow() {
            CandidateProject candidate = draft(programme);
            programme.validate(40, null, "elu", LATER);

            assertConflict("dialogue.submission.windowClosed", () -> candidate.submit(IN_WINDOW, NOW));
        }

        @Test
        void anIncompleteDraftIsRefused() {
            CandidateProject candidate = new CandidateProject(programme, CULTURE, titleOnly("Idée"), "direction", NOW);

            assertConflict("dialogue.submission.incomplete", () -> candidate.submit(IN_WINDOW, NOW));
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.DRAFT);
        }

        @Test
        void aDraftWithoutMethodsIsIncomplete() {
            CandidateDraft complete = completeDraft();
            CandidateProject candidate = new CandidateProject(programme, CULTURE, new CandidateDraft(complete.title(),
                    null, complete.policyId(), null, TerritorialScale.CITY, null, complete.stakes(),
                    complete.levers(), complete.participationLevel(), Set.of(), null, null, null), "direction", NOW);

            assertConflict("dialogue.submission.incomplete", () -> candidate.submit(IN_WINDOW, NOW));
        }

        @Test
        void aNeighbourhoodScaleDraftWithoutItsNeighbourhoodIsIncomplete() {
            CandidateDraft complete = completeDraft();
            CandidateProject candidate = new CandidateProject(programme, CULTURE, new CandidateDraft(complete.title(),
                    null, complete.policyId(), null, TerritorialScale.NEIGHBOURHOOD, null, complete.stakes(),
                    complete.levers(), complete.participationLevel(), complete.methods(), null, null, null),
                    "direction", NOW);

            assertConflict("dialogue.submission.incomplete", () -> candidate.submit(IN_WINDOW, NOW));
        }

        @Test
        void theWindowIsCheckedBeforeCompleteness() {
            CandidateProject candidate = new CandidateProject(programme, CULTURE, titleOnly("Idée"), "direction", NOW);

            assertConflict("dialogue.submission.windowClosed", () -> candidate.submit(CLOSES.plusDays(1), NOW));
        }

        @Test
        void theWindowIsJudgedOnTheDayGivenNotOnTheInstant() {
            CandidateProject candidate = draft(programme);

            candidate.submit(CLOSES, Instant.parse("2026-03-31T23:59:00Z"));

            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.SUBMITTED);
        }

        @ParameterizedTest
        @EnumSource(value = CandidateStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
        void onlyADraftCanBeSubmitted(CandidateStatus status) {
            CandidateProject candidate = candidateIn(status);

            assertConflict("dialogue.candidate.notDraft", () -> candidate.submit(IN_WINDOW, LATER));
            assertThat(candidate.getStatus()).isEqualTo(status);
        }
    }

    @Nested
    class Withdrawing {

        @ParameterizedTest
        @EnumSource(value = CandidateStatus.class, names = {"DRAFT", "SUBMITTED", "STUDIED"})
        void aCandidateCanBeWithdrawnUntilItIsArbitrated(CandidateStatus status) {
            CandidateProject candidate = candidateIn(status);

            candidate.withdraw(LATER);

            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.WITHDRAWN);
            assertThat(candidate.getWithdrawnAt()).isEqualTo(LATER);
        }

        @Test
        void anArbitratedCandidateCannotBeWithdrawn() {
            CandidateProject candidate = arbitrated(programme, ArbitrationDecision.REJECTED);

            assertConflict("dialogue.candidate.alreadyArbitrated", () -> candidate.withdraw(LATER));
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.ARBITRATED);
            assertThat(candidate.getWithdrawnAt()).isNull();
        }

        @Test
        void aWithdrawnCandidateIsNotWithdrawnAgain() {
            CandidateProject candidate = draft(programme);
            candidate.withdraw(NOW);

            assertConflict("dialogue.candidate.withdrawn", () -> candidate.withdraw(LATER));
            assertThat(candidate.getWithdrawnAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class Studying {

        @Test
        void aSubmittedCandidateIsStudied() {
            CandidateProject candidate = submitted(programme);
            FeasibilityStudy study = study(FeasibilityOpinion.FEASIBLE_WITH_CONDITIONS);

            candidate.recordFeasibility(study);

            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.STUDIED);
            assertThat(candidate.getFeasibility()).isSameAs(study);
        }

        @Test
        void aLaterStudyReplacesTheEarlierOne() {
            CandidateProject candidate = studied(programme);
            FeasibilityStudy second = study(FeasibilityOpinion.NOT_FEASIBLE);

            candidate.recordFeasibility(second);

            assertThat(candidate.getFeasibility()).isSameAs(second);
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.STUDIED);
        }

        @Test
        void aDraftIsNotStudied() {
            CandidateProject candidate = draft(programme);

            assertConflict("dialogue.candidate.notSubmitted",
                    () -> candidate.recordFeasibility(study(FeasibilityOpinion.FEASIBLE)));
            assertThat(candidate.getFeasibility()).isNull();
        }

        @Test
        void aWithdrawnCandidateIsNotStudied() {
            CandidateProject candidate = submitted(programme);
            candidate.withdraw(NOW);

            assertConflict("dialogue.candidate.withdrawn",
                    () -> candidate.recordFeasibility(study(FeasibilityOpinion.FEASIBLE)));
        }

        @Test
        void anArbitratedCandidateIsNotStudiedAgain() {
            CandidateProject candidate = arbitrated(programme, ArbitrationDecision.DEFERRED);
            FeasibilityStudy first = candidate.getFeasibility();

            assertConflict("dialogue.candidate.alreadyArbitrated",
                    () -> candidate.recordFeasibility(study(FeasibilityOpinion.NOT_FEASIBLE)));
            assertThat(candidate.getFeasibility()).isSameAs(first);
        }

        @Test
        void noStudyOnceTheProgrammeIsValidated() {
            CandidateProject candidate = submitted(programme);
            programme.validate(40, null, "elu", LATER);

            assertConflict("dialogue.programme.notOpen",
                    () -> candidate.recordFeasibility(study(FeasibilityOpinion.FEASIBLE)));
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.SUBMITTED);
        }
    }

    @Nested
    class Arbitrating {

        @ParameterizedTest
        @EnumSource(ArbitrationDecision.class)
        void aStudiedCandidateIsArbitratedWithItsReasonAuthorAndDate(ArbitrationDecision decision) {
            CandidateProject candidate = studied(programme);

            candidate.arbitrate(decision, "  Priorité du mandat.  ", "elu", LATER);

            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.ARBITRATED);
            assertThat(candidate.getArbitration().decision()).isEqualTo(decision);
            assertThat(candidate.getArbitration().reason()).isEqualTo("Priorité du mandat.");
            assertThat(candidate.getArbitration().decidedBy()).isEqualTo("elu");
            assertThat(candidate.getArbitration().decidedAt()).isEqualTo(LATER);
            assertThat(candidate.isRetained()).isEqualTo(decision == ArbitrationDecision.RETAINED);
        }

        @Test
        void theDecisionCanBeChangedUntilValidation() {
            CandidateProject candidate = arbitrated(programme, ArbitrationDecision.DEFERRED);
            Instant reconsidered = LATER.plusSeconds(3600);

            candidate.arbitrate(ArbitrationDecision.RETAINED, "Finalement prioritaire.", "elu2", reconsidered);

            assertThat(candidate.isRetained()).isTrue();
            assertThat(candidate.getArbitration().decidedBy()).isEqualTo("elu2");
            assertThat(candidate.getArbitration().decidedAt()).isEqualTo(reconsidered);
        }

        @Test
        void aNotFeasibleCandidateCanStillBeRetainedByTheElectedOfficials() {
            CandidateProject candidate = submitted(programme);
            candidate.recordFeasibility(study(FeasibilityOpinion.NOT_FEASIBLE));

            candidate.arbitrate(ArbitrationDecision.RETAINED, "Choix politique assumé.", "elu", LATER);

            assertThat(candidate.isRetained()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = CandidateStatus.class, names = {"DRAFT", "SUBMITTED"})
        void aCandidateWithoutAFeasibilityOpinionIsNotArbitrated(CandidateStatus status) {
            CandidateProject candidate = candidateIn(status);

            assertConflict("dialogue.arbitration.noFeasibility",
                    () -> candidate.arbitrate(ArbitrationDecision.RETAINED, "Raison", "elu", LATER));
            assertThat(candidate.getArbitration()).isNull();
            assertThat(candidate.getStatus()).isEqualTo(status);
        }

        @Test
        void aWithdrawnCandidateIsNotArbitrated() {
            CandidateProject candidate = studied(programme);
            candidate.withdraw(NOW);

            assertConflict("dialogue.candidate.withdrawn",
                    () -> candidate.arbitrate(ArbitrationDecision.RETAINED, "Raison", "elu", LATER));
            assertThat(candidate.getArbitration()).isNull();
        }

        @Test
        void theDecisionIsFrozenOnceTheProgrammeIsValidatedOrClosed() {
            CandidateProject candidate = arbitrated(programme, ArbitrationDecision.RETAINED);
            programme.validate(40, null, "elu", LATER);

            assertConflict("dialogue.programme.validated",
                    () -> candidate.arbitrate(ArbitrationDecision.REJECTED, "Raison", "elu", LATER));
            programme.close();
            assertConflict("dialogue.programme.validated",
                    () -> candidate.arbitrate(ArbitrationDecision.REJECTED, "Raison", "elu", LATER));
            assertThat(candidate.isRetained()).isTrue();
        }

        @Test
        void aReasonIsRequired() {
            CandidateProject candidate = studied(programme);

            assertThatThrownBy(() -> candidate.arbitrate(ArbitrationDecision.REJECTED, "  ", "elu", LATER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThatNullPointerException()
                    .isThrownBy(() -> candidate.arbitrate(ArbitrationDecision.REJECTED, null, "elu", LATER))
                    .withMessageContaining("reason");
            assertThatThrownBy(() -> candidate.arbitrate(ArbitrationDecision.REJECTED, "x".repeat(2001), "elu", LATER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.STUDIED);
        }

        @Test
        void theDecisionAuthorAndDateAreRequired() {
            CandidateProject candidate = studied(programme);

            assertThatNullPointerException().isThrownBy(() -> candidate.arbitrate(null, "Raison", "elu", LATER))
                    .withMessageContaining("decision");
            assertThatThrownBy(() -> candidate.arbitrate(ArbitrationDecision.RETAINED, "Raison", "", LATER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decidedBy");
            assertThatNullPointerException()
                    .isThrownBy(() -> candidate.arbitrate(ArbitrationDecision.RETAINED, "Raison", "elu", null))
                    .withMessageContaining("decidedAt");
        }
    }

    /** A candidate of this test's programme brought to {@code status} the ordinary way. */
    private CandidateProject candidateIn(CandidateStatus status) {
        return switch (status) {
            case DRAFT -> draft(programme);
            case SUBMITTED -> submitted(programme);
            case STUDIED -> studied(programme);
            case ARBITRATED -> arbitrated(programme, ArbitrationDecision.RETAINED);
            case WITHDRAWN -> {
                CandidateProject withdrawn = submitted(programme);
                withdrawn.withdraw(NOW);
                yield withdrawn;
            }
        };
    }

    /** The "may it be done now" questions the pages are shown by answer exactly as the actions themselves do. */
    @Nested
    class WhatMayBeDoneNow {

        private record State(String name, Function<Programme, CandidateProject> make, boolean validated) {
            CandidateProject fresh() {
                Programme p = programme();
                CandidateProject candidate = make.apply(p);
                if (validated) {
                    p.validate(0, "Une justification.", "elu", LATER);
                }
                return candidate;
            }

            @Override
            public String toString() {
                return name + (validated ? " (programme validated)" : "");
            }
        }

        static Stream<State> states() {
            Function<Programme, CandidateProject> withdrawn = p -> {
                CandidateProject c = Examples.draft(p);
                c.withdraw(NOW);
                return c;
            };
            List<State> states = new ArrayList<>();
            for (boolean validated : List.of(false, true)) {
                states.add(new State("draft", Examples::draft, validated));
                states.add(new State("submitted", Examples::submitted, validated));
                states.add(new State("studied", Examples::studied, validated));
                states.add(new State("arbitrated", p -> arbitrated(p, ArbitrationDecision.RETAINED), validated));
                states.add(new State("withdrawn", withdrawn, validated));
            }
            return states.stream();
        }

        private static boolean accepted(Runnable action) {
            try {
                action.run();
                return true;
            } catch (StateConflict e) {
                return false;
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("states")
        void eachQuestionAgreesWithItsAction(State state) {
            assertThat(state.fresh().isEditable()).as("edit")
                    .isEqualTo(accepted(() -> state.fresh().edit(completeDraft())));
            for (LocalDate day : List.of(IN_WINDOW, CLOSES.plusDays(1))) {
                assertThat(state.fresh().isSubmittableOn(day)).as("submit on " + day)
                        .isEqualTo(accepted(() -> state.fresh().submit(day, NOW)));
            }
            assertThat(state.fresh().isWithdrawable()).as("withdraw")
                    .isEqualTo(accepted(() -> state.fresh().withdraw(LATER)));
            assertThat(state.fresh().isStudiable()).as("study")
                    .isEqualTo(accepted(() -> state.fresh().recordFeasibility(study(FeasibilityOpinion.FEASIBLE))));
            assertThat(state.fresh().isArbitrable()).as("arbitrate")
                    .isEqualTo(accepted(() -> state.fresh().arbitrate(ArbitrationDecision.DEFERRED, "Motif.", "elu", LATER)));
        }

        @Test
        void aDraftIsSubmittableOnlyInsideTheWindowOfAnOpenProgramme() {
            CandidateProject draft = Examples.draft(programme());
            assertThat(draft.isSubmittableOn(OPENS)).isTrue();
            assertThat(draft.isSubmittableOn(CLOSES)).isTrue();
            assertThat(draft.isSubmittableOn(OPENS.minusDays(1))).isFalse();
            assertThat(draft.isSubmittableOn(CLOSES.plusDays(1))).isFalse();
        }
    }
}
