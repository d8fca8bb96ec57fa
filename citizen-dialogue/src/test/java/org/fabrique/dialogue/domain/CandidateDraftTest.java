package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.completeDraft;
import static org.fabrique.dialogue.domain.Examples.titleOnly;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.fabrique.core.domain.TerritorialScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateDraftTest {

    @Test
    void textsAreStrippedAndBlankOptionalOnesBecomeNull() {
        CandidateDraft draft = new CandidateDraft("  Mairie de quartier  ", "  ", null, null, TerritorialScale.CITY,
                null, " Enjeux ", "\t", null, null, "", " Automne ", null);

        assertThat(draft.title()).isEqualTo("Mairie de quartier");
        assertThat(draft.summary()).isNull();
        assertThat(draft.stakes()).isEqualTo("Enjeux");
        assertThat(draft.levers()).isNull();
        assertThat(draft.publics()).isNull();
        assertThat(draft.calendar()).isEqualTo("Automne");
        assertThat(draft.methods()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankTitleIsRefused(String title) {
        assertThatThrownBy(() -> titleOnly(title))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void aMissingTitleIsRefused() {
        assertThatThrownBy(() -> titleOnly(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
    }

    @Test
    void theTitleHasAtMost200Characters() {
        assertThat(titleOnly("x".repeat(200)).title()).hasSize(200);
        assertThatThrownBy(() -> titleOnly("x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void longTextsHaveTheirLimits() {
        String over4000 = "x".repeat(4001);
        String over2000 = "x".repeat(2001);
        assertThatThrownBy(() -> new CandidateDraft("T", over4000, null, null, null, null, null, null, null, null,
                null, null, null)).hasMessageContaining("summary");
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, null, null, over4000, null, null, null,
                null, null, null)).hasMessageContaining("stakes");
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, null, null, null, over4000, null, null,
                null, null, null)).hasMessageContaining("levers");
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, null, null, null, null, null, null,
                over2000, null, null)).hasMessageContaining("publics");
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, null, null, null, null, null, null,
                null, over2000, null)).hasMessageContaining("calendar");
        assertThat(new CandidateDraft("T", "x".repeat(4000), null, null, null, null, null, null, null, null,
                "x".repeat(2000), null, null).summary()).hasSize(4000);
    }

    @ParameterizedTest
    @EnumSource(value = TerritorialScale.class, names = "NEIGHBOURHOOD", mode = EnumSource.Mode.EXCLUDE)
    void aNeighbourhoodIsRefusedAtAnyOtherScale(TerritorialScale scale) {
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, scale, 31L, null, null, null, null,
                null, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neighbourhoodId");
    }

    @Test
    void aNeighbourhoodWithoutAScaleIsRefused() {
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, null, 31L, null, null, null, null,
                null, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neighbourhoodId");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -4})
    void idsMustBePositive(long id) {
        assertThatThrownBy(() -> new CandidateDraft("T", null, id, null, null, null, null, null, null, null,
                null, null, null)).hasMessageContaining("policyId");
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, id, null, null, null, null, null, null,
                null, null, null)).hasMessageContaining("sponsorPersonId");
        assertThatThrownBy(() -> new CandidateDraft("T", null, null, null, TerritorialScale.NEIGHBOURHOOD, id,
                null, null, null, null, null, null, null)).hasMessageContaining("neighbourhoodId");
    }

    @Test
    void theMethodsAreCopiedAndCannotBeChangedAfterwards() {
        Set<ParticipationMethod> methods = new HashSet<>(Set.of(ParticipationMethod.SURVEY));
        CandidateDraft draft = new CandidateDraft("T", null, null, null, null, null, null, null, null, methods,
                null, null, null);

        methods.add(ParticipationMethod.OTHER);

        assertThat(draft.methods()).containsExactly(ParticipationMethod.SURVEY);
        assertThatThrownBy(() -> draft.methods().add(ParticipationMethod.OTHER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBudgetIsInEurosAndCents() {
        assertThat(budget("15000").budget()).isEqualByComparingTo("15000").hasToString("15000.00");
        assertThat(budget("0").budget()).isEqualByComparingTo("0");
        assertThat(budget("12.50").budget()).hasToString("12.50");
        assertThat(budget("9999999999.99").budget()).hasToString("9999999999.99");
        assertThat(titleOnly("T").budget()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "12.345", "10000000000"})
    void aNegativeBudgetTooPreciseOrTooLargeIsRefused(String amount) {
        assertThatThrownBy(() -> budget(amount))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
    }

    @Test
    void aCompleteDraftMissesNothingForSubmission() {
        assertThat(completeDraft().missingForSubmission()).isEmpty();
        assertThat(completeDraft().isCompleteForSubmission()).isTrue();
    }

    @Test
    void aDraftWithATitleOnlyListsWhatASubmissionRequires() {
        assertThat(titleOnly("T").missingForSubmission()).containsExactly("policyId", "scale", "stakes", "levers",
                "participationLevel", "methods");
    }

    @Test
    void aNeighbourhoodScaleDraftNeedsItsNeighbourhood() {
        CandidateDraft complete = completeDraft();
        CandidateDraft withoutNeighbourhood = new CandidateDraft(complete.title(), null, complete.policyId(), null,
                TerritorialScale.NEIGHBOURHOOD, null, complete.stakes(), complete.levers(),
                complete.participationLevel(), EnumSet.of(ParticipationMethod.OTHER), null, null, null);

        assertThat(withoutNeighbourhood.missingForSubmission()).containsExactly("neighbourhoodId");
    }

    private static CandidateDraft budget(String amount) {
        return new CandidateDraft("T", null, null, null, null, null, null, null, null, null, null, null,
                new BigDecimal(amount));
    }
}
