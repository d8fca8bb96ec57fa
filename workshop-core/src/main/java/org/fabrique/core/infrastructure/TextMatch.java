package org.fabrique.core.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.core.search.TextFolding;

/**
 * The JPQL condition that a record matches a {@link SearchQuery}: each stem starts a word of one of the
 * given text fields, folded in the database as {@link TextFolding} folds it in Java (lower case,
 * {@code translate} of the accents and punctuation, a space before the text so that a word start is a
 * space followed by the stem). Portable: H2 and PostgreSQL both have {@code lower} and {@code translate}.
 */
public record TextMatch(String condition, Map<String, Object> parameters) {

    public static TextMatch of(SearchQuery query, String... fields) {
        if (query.isEmpty() || fields.length == 0) {
            throw new IllegalArgumentException("a text match needs stems and fields");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("foldFrom", TextFolding.FROM);
        parameters.put("foldTo", TextFolding.TO);
        List<String> perStem = new ArrayList<>();
        for (int i = 0; i < query.stems().size(); i++) {
            String name = "stem" + i;
            parameters.put(name, "% " + query.stems().get(i) + "%");
            List<String> perField = new ArrayList<>();
            for (String field : fields) {
                perField.add("concat(' ', function('translate', lower(" + field + "), :foldFrom, :foldTo)) like :" + name);
            }
            perStem.add("(" + String.join(" or ", perField) + ")");
        }
        return new TextMatch("(" + String.join(" and ", perStem) + ")", parameters);
    }
}
