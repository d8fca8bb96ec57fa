package org.fabrique.web.it.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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


    /** Each endpoint's expected cells, in the order of {@link #CALLERS}; what is wrong with the file goes to problems. */
    static Map<String, List<String>> readTable(List<String> problems) {
        return CsvTable.read(TABLE, "endpoint", CELLS, problems);
    }

    private RoleMatrixTable() {
    }
}
