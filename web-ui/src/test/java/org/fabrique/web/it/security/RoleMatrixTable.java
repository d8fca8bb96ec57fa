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

/** The expected answers of the role matrix, {@value #TABLE}: one line per endpoint, one column per caller. */
final class RoleMatrixTable {

    static final String TABLE = "/security/role-matrix.csv";
    /** The callers, in the order of the table's columns. */
    static final List<String> CALLERS = List.of("anonymous", "POLE", "DIRECTORATE_OWN", "DIRECTORATE_OTHER",
            "ELECTED_MEMBER", "ELECTED_OTHER", "PARTICIPANT_MEMBER", "PARTICIPANT_OTHER");
    static final Set<String> CELLS = Set.of("ok", "401", "403", "404");

    static String outcome(int status) {
        return status / 100 == 2 || status == 400 || status == 409 || status == 415 ? "ok" : String.valueOf(status);
    }

    /** The columns, those expected to be refused first: an allowed DELETE comes last, once the refusals are checked. */
    static List<Integer> okLast(List<String> cells) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!"ok".equals(cells.get(i))) {
                order.add(i);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if ("ok".equals(cells.get(i))) {
                order.add(i);
            }
        }
        return order;
    }


    static Map<String, List<String>> readTable(List<String> problems) {
        InputStream in = RoleMatrixTable.class.getResourceAsStream(TABLE);
        if (in == null) {
            problems.add("no " + TABLE + " on the test classpath");
            return Map.of();
        }
        List<String> header = new ArrayList<>();
        header.add("endpoint");
        header.addAll(CALLERS);
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
                        problems.add(TABLE + ":" + number + ": the header must be " + String.join(",", header));
                    }
                    continue;
                }
                if (fields.size() != header.size()) {
                    problems.add(TABLE + ":" + number + ": " + fields.size() + " fields instead of " + header.size());
                    continue;
                }
                List<String> cells = fields.subList(1, fields.size());
                for (int i = 0; i < cells.size(); i++) {
                    if (!CELLS.contains(cells.get(i))) {
                        problems.add(TABLE + ":" + number + ": " + CALLERS.get(i) + " is '" + cells.get(i)
                                + "', not one of " + new TreeSet<>(CELLS));
                    }
                }
                if (rows.put(fields.get(0), cells) != null) {
                    problems.add(TABLE + ":" + number + ": " + fields.get(0) + " has a line already");
                }
            }
            if (!headerRead) {
                problems.add(TABLE + " has no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The endpoints, by reflection

    private RoleMatrixTable() {
    }
}
