package org.fabrique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

    @Test
    void foldingKeepsTheLengthAndRemovesAccentsCaseAndPunctuation() {
        assertThat(TextFolding.FROM).hasSameSizeAs(TextFolding.TO);
        assertThat(TextFolding.fold("L'Équipement « Île »")).isEqualTo("l equipement   ile  ");
    }

    @ParameterizedTest
    @CsvSource({"équipement,equip", "Équipements,equip", "equipements,equip", "culturels,culturel",
            "ateliers,ateli", "atelier,ateli", "sport,sport", "sports,sport", "citoyennes,citoyen",
            "citoyen,citoyen", "Île,ile", "l'Île,ile", "l’équipement,equip", "2026,2026"})
    void theAnalysisFoldsAccentsAndElisionsAndStemsPlurals(String word, String term) {
        assertThat(FrenchAnalysis.term(word)).isEqualTo(term);
    }

    @Test
    void theAnalysisReadsATextIntoItsTerms() {
        assertThat(FrenchAnalysis.terms("Des transports vers l'Île !")).containsExactly("des", "transport", "ver", "ile");
    }

    @Test
    void aQueryIsReadIntoFoldedStemsWithoutSmallWords() {
        SearchQuery query = SearchQuery.parse("  Les équipements de l'Île  ");

        assertThat(query.text()).isEqualTo("Les équipements de l'Île");
        assertThat(query.words()).containsExactly("équipements", "Île");
        assertThat(query.stems()).containsExactly("equip", "ile");
    }

    @Test
    void aQueryWithSingularAndPluralOfAWordHasOneStem() {
        SearchQuery query = SearchQuery.parse("équipement équipements EQUIPEMENT");

        assertThat(query.stems()).containsExactly("equip");
        assertThat(query.words()).containsExactly("équipement");
    }

    @Test
    void nothingSearchableMakesAnEmptyQuery() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
        assertThat(SearchQuery.parse("  ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("de la, et !").isEmpty()).isTrue();
    }

    @Test
    void aQueryKeepsAtMostEightStemsAndTwoHundredCharacters() {
        assertThat(SearchQuery.parse("un deux trois quatre cinq six sept huit neuf dix").stems())
                .hasSize(SearchQuery.MAX_STEMS);
        assertThat(SearchQuery.parse("x".repeat(300)).text()).hasSize(SearchQuery.MAX_LENGTH);
    }
}
