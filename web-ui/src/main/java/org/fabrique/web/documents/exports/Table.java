package org.fabrique.web.documents.exports;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A list to export: its name (the file's and the sheet's), its column headers and its rows, read lazily.
 * A cell is a {@link String}, a {@link Number}, a {@link java.time.LocalDate} or null (empty).
 */
public record Table(String name, List<String> headers, Stream<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(name, "name is required");
        headers = List.copyOf(Objects.requireNonNull(headers, "headers are required"));
        Objects.requireNonNull(rows, "rows are required");
    }
}
