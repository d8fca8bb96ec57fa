package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.security.MatrixFixtures.Caller;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the pages, deny by default (issue 13): every page of the WAR, found by listing
 * {@value #PAGES}, is opened by the eight callers of the REST matrix, each signed in through the login form, with
 * the records of {@link MatrixFixtures} in its address; each answer must be the one {@value #TABLE} gives: the page
 * ({@code ok}), the login page ({@code login}), or the 403 or 404 page. A page without a line, or a line naming no
 * page, fails. What a page then lets its caller do is what the application service behind it allows, which the REST
 * matrix checks through the same services.
 */
class PageMatrixIT extends DeployedFabrique {

    static final String TABLE = "/security/page-matrix.csv";
    static final String PAGES = "src/main/webapp";
    private static final Set<String> CELLS = Set.of("ok", "login", "403", "404");
    /** {@code @projects} in an address: the id of the record MatrixFixtures made of that kind; {@code @year} its year. */
    private static final Pattern RECORD = Pattern.compile("@([a-z/-]+)");

    @Test
    void every_caller_gets_the_answer_the_table_gives_on_every_page() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> table = readTable(problems);
        Set<String> pages = pages();
        assertThat(pages).as("the pages under " + PAGES).hasSizeGreaterThan(20);
        Set<String> covered = new TreeSet<>();
        table.keySet().forEach(address -> covered.add(address.replaceAll("\\?.*", "")));
        pages.stream().filter(page -> !covered.contains(page)).forEach(page -> problems.add("no line in " + TABLE + " for "
                + page));
        covered.stream().filter(page -> !pages.contains(page)).forEach(page -> problems.add(TABLE + " names " + page
                + ", which is not a page"));
        assertThat(problems).withFailMessage("%s does not match the pages:%n%s", TABLE,
                String.join(System.lineSeparator(), problems)).isEmpty();

        MatrixFixtures fixtures = new MatrixFixtures(api());
        List<String> differences = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        int checks = 0;
        try {
            fixtures.prepare();
            List<String> cookies = new ArrayList<>();
            for (Caller caller : fixtures.callers) {
                cookies.add(caller.anonymous() ? null : signIn(api(), caller));
            }
            for (Map.Entry<String, List<String>> line : table.entrySet()) {
                String address = resolve(line.getKey(), fixtures);
                observed.append(line.getKey());
                for (int column = 0; column < fixtures.callers.size(); column++) {
                    HttpResponse<String> answer = open(api(), address, cookies.get(column));
                    String got = outcome(answer);
                    observed.append(',').append(got);
                    checks++;
                    if (!got.equals(line.getValue().get(column))) {
                        differences.add(String.format("%s as %s: expected %s, got %s (%s)", line.getKey(),
                                fixtures.callers.get(column).column(), line.getValue().get(column), got, address));
                    }
                }
                observed.append(System.lineSeparator());
            }
        } finally {
            fixtures.cleanUp();
        }
        System.out.printf("Page matrix: %d addresses of %d pages × %d callers = %d page loads%n", table.size(), pages.size(),
                RoleMatrixTable.CALLERS.size(), checks);
        assertThat(differences).withFailMessage("%d of %d answers differ from %s:%n%s%nWhat the pages answered:%n%s",
                differences.size(), checks, TABLE, String.join(System.lineSeparator(), differences), observed).isEmpty();
    }

    /** The session cookie of the caller, signed in through the login form as a browser does. */
    static String signIn(Api api, Caller caller) {
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(caller.username(), StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(caller.password(), StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=stateless";
        HttpResponse<String> login = api.send(api.request("login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("FABRIQUE_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError(caller.username() + " could not sign in: " + login.statusCode()));
    }

    static HttpResponse<String> open(Api api, String address, String cookie) {
        HttpRequest.Builder request = api.request(address, null).setHeader("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return api.send(request.GET().build());
    }

    /** ok, login (a redirect to the login page), or the status of the error page. */
    static String outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 302 || status == 303) {
            String location = answer.headers().firstValue("Location").orElse("");
            return location.contains("login.xhtml") ? "login" : "redirect to " + location;
        }
        return status == 200 ? "ok" : String.valueOf(status);
    }

    static String resolve(String address, MatrixFixtures fixtures) {
        Matcher record = RECORD.matcher(address);
        StringBuilder resolved = new StringBuilder();
        while (record.find()) {
            String kind = record.group(1);
            String key = "year".equals(kind) ? "{year}" : kind + "/{id}";
            record.appendReplacement(resolved, Matcher.quoteReplacement(fixtures.value(key)));
        }
        return record.appendTail(resolved).toString().substring(1);
    }

    /** The pages of the WAR: its .xhtml files outside WEB-INF and the resources, as /folder/page.xhtml. */
    static Set<String> pages() throws IOException {
        Path root = Paths.get(PAGES);
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && !name.startsWith("/resources/"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    static Map<String, List<String>> readTable(List<String> problems) {
        return CsvTable.read(TABLE, "page", CELLS, problems);
    }
}
