package org.fabrique.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fabrique.core.search.SearchQuery;
import org.fabrique.core.search.TextFolding;
import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void eachStemMustStartAWordOfOneOfTheFields() {
        TextMatch match = TextMatch.of(SearchQuery.parse("Équipements sportifs"), "c.title", "c.summary");

        String title = "concat(' ', function('translate', lower(c.title), :foldFrom, :foldTo)) like :stem";
        String summary = "concat(' ', function('translate', lower(c.summary), :foldFrom, :foldTo)) like :stem";
        assertThat(match.condition()).isEqualTo("((" + title + "0 or " + summary + "0) and (" + title + "1 or " + summary + "1))");
        assertThat(match.parameters()).containsEntry("stem0", "% equip%").containsEntry("stem1", "% sport%")
                .containsEntry("foldFrom", TextFolding.FROM).containsEntry("foldTo", TextFolding.TO);
    }

    @Test
    void aMatchNeedsStemsAndFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextMatch.of(SearchQuery.parse(" "), "c.title"));
        assertThatIllegalArgumentException().isThrownBy(() -> TextMatch.of(SearchQuery.parse("sport")));
    }
}
