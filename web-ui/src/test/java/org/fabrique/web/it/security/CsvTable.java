package org.fabrique.web.it.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of expected answers on the test classpath: lines starting with # are comments, the first other line is
 * the header (the first column's name, then the callers), then one line per key with one cell per caller.
 */
final class CsvTable {

    private CsvTable() {
    }

    /** Each key's cells, in the order of {@link RoleMatrixTable#CALLERS}; what is wrong with the file goes to problems. */
    static Map<String, List<String>> read(String resource, String firstColumn, Set<String> cells, List<String> problems) {
        InputStream in = CsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            problems.add("no " + resource + " on the test classpath");
            return Map.of();
        }
        List<String> header = new ArrayList<>(List.of(firstColumn));
        header.addAll(RoleMatrixTable.CALLERS);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerRead = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
                if (!headerRead) {
                    headerRead = true;
                    if (!fields.equals(header)) {
                        problems.add(resource + ":" + number + ": the header must be " + String.join(",", header));
                    }
                    continue;
                }
                if (fields.size() != header.size()) {
                    problems.add(resource + ":" + number + ": " + fields.size() + " fields instead of " + header.size());
                    continue;
                }
                List<String> row = fields.subList(1, fields.size());
                for (int i = 0; i < row.size(); i++) {
                    if (!cells.contains(row.get(i))) {
                        problems.add(resource + ":" + number + ": " + RoleMatrixTable.CALLERS.get(i) + " is '" + row.get(i)
                                + "', not one of " + new TreeSet<>(cells));
                    }
                }
                if (rows.put(fields.get(0), row) != null) {
                    problems.add(resource + ":" + number + ": " + fields.get(0) + " has a line already");
                }
            }
            if (!headerRead) {
                problems.add(resource + " has no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
