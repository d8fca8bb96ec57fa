package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.CLOSES;
import static org.fabrique.dialogue.domain.Examples.LATER;
import static org.fabrique.dialogue.domain.Examples.OPENS;
import static org.fabrique.dialogue.domain.Examples.assertConflict;
import static org.fabrique.dialogue.domain.Examples.programme;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgrammeTest {

    @Test
    void aNewProgrammeIsOpenWithItsTerms() {
        Programme programme = programme();

        assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.OPEN);
        assertThat(programme.getYear()).isEqualTo(2026);
        assertThat(programme.getSubmissionOpens()).isEqualTo(OPENS);
        assertThat(programme.getSubmissionCloses()).isEqualTo(CLOSES);
        assertThat(programme.getTargetMin()).isEqualTo(30);
        assertThat(programme.getTargetMax()).isEqualTo(50);
        assertThat(programme.getAnswerDelayDays()).isEqualTo(90);
        assertThat(programme.getValidatedAt()).isNull();
        assertThat(programme.getValidatedBy()).isNull();
        assertThat(programme.getValidationJustification()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2026})
    void aYearOutside2000To2100IsRefused(int year) {
        assertThatThrownBy(() -> new Programme(year, OPENS, CLOSES, 30, 50, 90))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
    }

    @Test
    void theYears2000And2100AreAccepted() {
        assertThat(new Programme(2000, OPENS, CLOSES, 30, 50, 90).getYear()).isEqualTo(2000);
        assertThat(new Programme(2100, OPENS, CLOSES, 30, 50, 90).getYear()).isEqualTo(2100);
    }

    @Test
    void theWindowMustNotCloseBeforeItOpens() {
        assertThatThrownBy(() -> new Programme(2026, CLOSES, OPENS, 30, 50, 90))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submissionCloses");
        assertThat(new Programme(2026, OPENS, OPENS, 30, 50, 90).acceptsSubmissionsOn(OPENS)).isTrue();
        assertThatNullPointerException().isThrownBy(() -> new Programme(2026, null, CLOSES, 30, 50, 90))
                .withMessageContaining("submissionOpens");
        assertThatNullPointerException().isThrownBy(() -> new Programme(2026, OPENS, null, 30, 50, 90))
                .withMessageContaining("submissionCloses");
    }

    @ParameterizedTest
    @CsvSource({"-1, 50, targetMin", "51, 50, targetMax", "30, 501, targetMax", "501, 501, targetMin"})
    void aTargetRangeOutside0To500OrUpsideDownIsRefused(int min, int max, String field) {
        assertThatThrownBy(() -> new Programme(2026, OPENS, CLOSES, min, max, 90))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    @Test
    void aTargetRangeOfOneValueAndTheExtremesAreAccepted() {
        Programme forty = new Programme(2026, OPENS, CLOSES, 40, 40, 90);
        assertThat(forty.isInTargetRange(40)).isTrue();
        assertThat(forty.isInTargetRange(39)).isFalse();
        assertThat(new Programme(2026, OPENS, CLOSES, 0, 500, 90).isInTargetRange(0)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 731})
    void anAnswerDelayOutside1To730DaysIsRefused(int days) {
        assertThatThrownBy(() -> new Programme(2026, OPENS, CLOSES, 30, 50, days))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answerDelayDays");
    }

    @Test
    void submissionsAreAcceptedFromTheFirstToTheLastDayOfTheWindow() {
        Programme programme = programme();

        assertThat(programme.acceptsSubmissionsOn(OPENS.minusDays(1))).isFalse();
        assertThat(programme.acceptsSubmissionsOn(OPENS)).isTrue();
        assertThat(programme.acceptsSubmissionsOn(CLOSES)).isTrue();
        assertThat(programme.acceptsSubmissionsOn(CLOSES.plusDays(1))).isFalse();
    }

    @Test
    void aValidatedProgrammeNoLongerAcceptsSubmissionsEvenInsideTheWindow() {
        Programme programme = programme();
        programme.validate(40, null, "elu", LATER);

        assertThat(programme.acceptsSubmissionsOn(OPENS)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"29, false", "30, true", "40, true", "50, true", "51, false"})
    void theTargetRangeIncludesItsBounds(int retained, boolean inRange) {
        assertThat(programme().isInTargetRange(retained)).isEqualTo(inRange);
    }

    @ParameterizedTest
    @CsvSource({"2026-05-04, 2026-08-02", "2026-12-15, 2027-03-15", "2028-01-01, 2028-03-31"})
    void theDueDateIsTheRecordingDatePlusTheAnswerDelay(LocalDate recordedOn, LocalDate due) {
        assertThat(programme().dueDateFor(recordedOn)).isEqualTo(due);
    }

    @Test
    void theDueDateOfAOneDayDelayIsTheNextDay() {
        Programme programme = new Programme(2026, OPENS, CLOSES, 30, 50, 1);

        assertThat(programme.dueDateFor(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void validatingInsideTheTargetRangeNeedsNoJustification() {
        Programme programme = programme();

        programme.validate(42, "  ", "elu", LATER);

        assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.VALIDATED);
        assertThat(programme.getValidatedBy()).isEqualTo("elu");
        assertThat(programme.getValidatedAt()).isEqualTo(LATER);
        assertThat(programme.getValidationJustification()).isNull();
    }

    @Test
    void aJustificationGivenInsideTheRangeIsKeptTrimmed() {
        Programme programme = programme();

        programme.validate(30, "  Conforme au cadrage.  ", "elu", LATER);

        assertThat(programme.getValidationJustification()).isEqualTo("Conforme au cadrage.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, 51})
    void validatingOutsideTheTargetRangeWithoutAJustificationIsRefusedAndChangesNothing(int retained) {
        Programme programme = programme();

        assertConflict("dialogue.validation.justificationRequired",
                () -> programme.validate(retained, null, "elu", LATER));
        assertConflict("dialogue.validation.justificationRequired",
                () -> programme.validate(retained, " ", "elu", LATER));

        assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.OPEN);
        assertThat(programme.getValidatedBy()).isNull();
    }

    @Test
    void validatingOutsideTheTargetRangeWithAJustificationIsAccepted() {
        Programme programme = programme();

        programme.validate(24, "Année électorale : programme resserré.", "elu", LATER);

        assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.VALIDATED);
        assertThat(programme.getValidationJustification()).isEqualTo("Année électorale : programme resserré.");
    }

    @Test
    void aProgrammeIsValidatedOnlyOnce() {
        Programme programme = programme();
        programme.validate(40, null, "elu", LATER);

        assertConflict("dialogue.programme.notOpen", () -> programme.validate(40, null, "elu2", LATER));
        assertThat(programme.getValidatedBy()).isEqualTo("elu");
    }

    @Test
    void validationArgumentsAreChecked() {
        Programme programme = programme();

        assertThatThrownBy(() -> programme.validate(-1, null, "elu", LATER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retainedCount");
        assertThatThrownBy(() -> programme.validate(40, null, " ", LATER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validatedBy");
        assertThatNullPointerException().isThrownBy(() -> programme.validate(40, null, "elu", null))
                .withMessageContaining("validatedAt");
        assertThatThrownBy(() -> programme.validate(20, "x".repeat(4001), "elu", LATER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
        assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.OPEN);
    }

    @Test
    void onlyAValidatedProgrammeCanBeClosed() {
        Programme programme = programme();

        assertConflict("dialogue.programme.notValidated", programme::close);

        programme.validate(40, null, "elu", LATER);
        programme.close();
        assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.CLOSED);

        assertConflict("dialogue.programme.notValidated", programme::close);
    }

    @Test
    void requireOpenRefusesAValidatedOrClosedProgramme() {
        Programme programme = programme();
        programme.requireOpen();

        programme.validate(40, null, "elu", LATER);
        assertConflict("dialogue.programme.notOpen", programme::requireOpen);
        programme.close();
        assertConflict("dialogue.programme.notOpen", programme::requireOpen);
    }

    @Test
    void theTermsCanBeAmendedOnlyWhileOpen() {
        Programme programme = programme();

        programme.amend(OPENS, CLOSES.plusDays(15), 35, 45, 60);

        assertThat(programme.getSubmissionCloses()).isEqualTo(CLOSES.plusDays(15));
        assertThat(programme.getTargetMin()).isEqualTo(35);
        assertThat(programme.getTargetMax()).isEqualTo(45);
        assertThat(programme.getAnswerDelayDays()).isEqualTo(60);

        assertThatThrownBy(() -> programme.amend(OPENS, CLOSES, 50, 40, 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(programme.getTargetMin()).isEqualTo(35);

        programme.validate(40, null, "elu", LATER);
        assertConflict("dialogue.programme.notOpen", () -> programme.amend(OPENS, CLOSES, 30, 50, 90));
        assertThat(programme.getAnswerDelayDays()).isEqualTo(60);
    }
}
