package org.fabrique.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    private final SearchQuery equipment = SearchQuery.parse("équipement");

    @Test
    void theWordsReadingTheQuerysTermsAreMarkedWhateverTheirAccentsAndCase() {
        assertThat(Highlighter.highlight("Équipements sportifs et équipement culturel", equipment))
                .isEqualTo("<mark>Équipements</mark> sportifs et <mark>équipement</mark> culturel");
    }

    @Test
    void aTermInsideAWordOrAtItsStartIsNotAMatch() {
        SearchQuery sport = SearchQuery.parse("sport");

        assertThat(Highlighter.highlight("Le transport et le sport", sport)).isEqualTo("Le transport et le <mark>sport</mark>");
        assertThat(Highlighter.matches("Le transport", sport)).isFalse();
        assertThat(Highlighter.matches("Les sportifs", sport)).as("the index reads 'sportif'").isFalse();
    }

    @Test
    void aWordAfterAnElisionIsMatched() {
        assertThat(Highlighter.highlight("l'équipement", equipment)).isEqualTo("l&#39;<mark>équipement</mark>");
    }

    @Test
    void everythingElseIsEscaped() {
        assertThat(Highlighter.highlight("<script>\"équipement\" & co</script>", equipment))
                .isEqualTo("&lt;script&gt;&quot;<mark>équipement</mark>&quot; &amp; co&lt;/script&gt;");
    }

    @Test
    void aLongTextIsCutAroundItsFirstMatchAtWordBoundaries() {
        String text = "mot ".repeat(100) + "les équipements " + "fin ".repeat(100);

        String excerpt = Highlighter.excerpt(text, equipment);

        assertThat(excerpt).startsWith("… mot ").endsWith("fin …").contains("<mark>équipements</mark>");
        assertThat(excerpt.length()).isLessThan(Highlighter.EXCERPT_LENGTH + 30);
        assertThat(excerpt).doesNotContain(" mo …").doesNotContain("… ot");
    }

    @Test
    void aShortTextIsWholeAndNoTextIsEmpty() {
        assertThat(Highlighter.excerpt("Un équipement.", equipment)).isEqualTo("Un <mark>équipement</mark>.");
        assertThat(Highlighter.excerpt(null, equipment)).isEmpty();
    }

    @Test
    void aHitsExcerptIsTheFirstTextThatMatched() {
        SearchHit hit = SearchHit.of(new SearchKind("CANDIDATE", 20, "/dialogue/candidate.xhtml"), 7, 7, "Tarifs", equipment, "Sans rapport", null,
                "Des équipements");

        assertThat(hit.titleHtml()).isEqualTo("Tarifs");
        assertThat(hit.excerptHtml()).isEqualTo("Des <mark>équipements</mark>");
    }
}
