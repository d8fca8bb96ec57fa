package org.fabrique.web.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fabrique.core.domain.SortKey;

/**
 * Reads {@code ?sort=}: fields separated by commas, each ascending, or descending after a {@code -}
 * ({@code sort=role,-displayName}); only the fields the list names.
 */
public final class Sorting {

    private Sorting() {
    }

    /** @throws InvalidQuery for an unknown, empty or repeated field */
    public static List<SortKey> of(String sort, Set<String> fields) {
        if (sort == null || sort.isBlank()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : sort.split(",", -1)) {
            String item = part.strip();
            boolean descending = item.startsWith("-");
            String field = descending ? item.substring(1) : item;
            if (!fields.contains(field) || !seen.add(field)) {
                throw new InvalidQuery(List.of(new Problem.FieldError("sort", "sort takes, separated by commas and each"
                        + " once, a field among " + String.join(", ", new TreeSet<>(fields))
                        + ", with a - before it to sort descending.")));
            }
            keys.add(new SortKey(field, !descending));
        }
        return keys;
    }
}
