package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the REST API, deny by default (issue 13): every endpoint the JAX-RS resources of
 * {@code org.fabrique.web.api} declare, found by reflection, is called as each of eight callers (anonymous, the
 * pôle, a directorate owning the record and another one, an elected official who is a member and one who is not,
 * a participant who is a member and one who is not), and each answer must be the one {@value RoleMatrixTable#TABLE} gives. An
 * endpoint without a line in the table, or a line without an endpoint, fails; every answer that differs is listed
 * at once. The table's header says what the cells mean, which records the calls name and why none of them changes
 * the demo data.
 */
class RoleMatrixIT extends DeployedFabrique {


    @Test
    void the_table_has_a_line_for_every_endpoint_and_none_for_an_endpoint_that_does_not_exist() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> table = RoleMatrixTable.readTable(problems);
        Set<String> endpoints = new TreeSet<>(RestEndpoints.discover().stream().map(RestEndpoints.Endpoint::key).toList());

        assertThat(endpoints).as("the endpoints of the resources under " + RestEndpoints.API_PACKAGE).isNotEmpty();
        endpoints.stream().filter(key -> !table.containsKey(key))
                .forEach(key -> problems.add("no line in " + RoleMatrixTable.TABLE + " for " + key));
        table.keySet().stream().filter(key -> !endpoints.contains(key))
                .forEach(key -> problems.add(RoleMatrixTable.TABLE + " names " + key + ", which no resource declares"));
        assertThat(problems).withFailMessage("%d problems with the role matrix (%d endpoints, %d lines):%n%s",
                problems.size(), endpoints.size(), table.size(), String.join(System.lineSeparator(), problems)).isEmpty();
    }

    @Test
    void every_caller_gets_the_answer_the_table_gives_on_every_endpoint() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> table = RoleMatrixTable.readTable(problems);
        assertThat(problems).withFailMessage("%s is not readable:%n%s", RoleMatrixTable.TABLE,
                String.join(System.lineSeparator(), problems)).isEmpty();
        List<RestEndpoints.Endpoint> endpoints = RestEndpoints.discover().stream()
                .sorted(Comparator.comparingInt(RestEndpoints.Endpoint::phase).thenComparing(RestEndpoints.Endpoint::key)).toList();
        MatrixFixtures run = new MatrixFixtures(api());
        try {
            run.prepare();
            List<String> differences = new ArrayList<>();
            int checks = 0;
            for (RestEndpoints.Endpoint endpoint : endpoints) {
                List<String> cells = table.get(endpoint.key());
                if (cells == null) {
                    differences.add(endpoint.key() + ": no line in " + RoleMatrixTable.TABLE);
                    continue;
                }
                for (int column : RoleMatrixTable.okLast(cells)) {
                    MatrixFixtures.Caller caller = run.callers.get(column);
                    String path;
                    try {
                        path = run.path(endpoint, caller);
                    } catch (MatrixFixtures.NoFixture e) {
                        differences.add(endpoint.key() + ": the test has no record for " + e.getMessage());
                        break;
                    }
                    HttpResponse<byte[]> answer;
                    try {
                        answer = run.call(endpoint, caller, path);
                    } catch (UncheckedIOException e) {
                        differences.add(String.format("%s as %s: no answer (%s) (%s %s)", endpoint.key(), caller.column(),
                                e.getCause(), endpoint.method(), path));
                        continue;
                    }
                    checks++;
                    String expected = run.expected(endpoint, caller, cells.get(column));
                    String got = RoleMatrixTable.outcome(answer.statusCode());
                    if (!expected.equals(got)) {
                        differences.add(String.format("%s as %s%s: expected %s, got %d%s (%s %s)", endpoint.key(),
                                caller.column(), caller.anonymous() ? "" : " (" + caller.username() + ")", expected,
                                answer.statusCode(), detail(answer), endpoint.method(), path));
                    }
                }
            }
            assertThat(differences).withFailMessage("%d of %d answers (%d endpoints × %d callers) differ from %s:%n%s",
                    differences.size(), checks, endpoints.size(), RoleMatrixTable.CALLERS.size(), RoleMatrixTable.TABLE,
                    String.join(System.lineSeparator(), differences)).isEmpty();
        } finally {
            run.cleanUp();
        }
    }


    /** The problem's detail of a refusal, to tell why; nothing for a success. */
    static String detail(HttpResponse<byte[]> answer) {
        if (answer.statusCode() < 400) {
            return "";
        }
        try {
            JsonObject problem = JsonBodies.object(new String(answer.body(), StandardCharsets.UTF_8));
            if (!problem.containsKey("detail") || problem.isNull("detail")) {
                return "";
            }
            String text = problem.getString("detail");
            return ", \"" + (text.length() > 140 ? text.substring(0, 140) + "…" : text) + "\"";
        } catch (RuntimeException notAProblem) {
            return "";
        }
    }

}
