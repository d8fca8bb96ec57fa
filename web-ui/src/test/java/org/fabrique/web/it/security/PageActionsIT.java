package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.security.MatrixFixtures.Caller;
import org.fabrique.web.it.security.PageActions.Action;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the pages' actions, deny by default (issue 13): every button, link and ajax listener that runs a
 * backing bean's method, found in the Facelets sources of each page of {@code page-matrix.csv} and checked against
 * the beans by reflection ({@link PageActions}), must be offered — rendered in the page the caller receives — to
 * exactly the callers {@value #TABLE} names: {@code shown}, {@code hidden}, or {@code -} where the caller does not
 * get the page at all. A component that is not rendered is not decoded by Faces either: a forged request naming it
 * runs nothing. What a shown action then does is decided by the application service it calls, which the REST
 * matrix checks.
 */
class PageActionsIT extends DeployedFabrique {

    static final String TABLE = "/security/page-actions.csv";
    /**
     * "embedded": shown on the embedded H2 database, hidden on PostgreSQL (the backups the server takes itself of
     * its embedded database; PostgreSQL is backed up with pg_dump).
     */
    private static final Set<String> CELLS = Set.of("shown", "hidden", "-", "embedded");
    private static final boolean ON_POSTGRESQL = String.valueOf(System.getenv("FABRIQUE_DB_URL")).startsWith("jdbc:postgresql:");

    /** What a cell expects on this run's database. */
    private static String onThisDatabase(String cell) {
        return "embedded".equals(cell) ? ON_POSTGRESQL ? "hidden" : "shown" : cell;
    }
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern VIEW_STATE_VALUE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    private static final String NONCE = "primefaces.nonce";
    private static final Pattern NONCE_VALUE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]*)\"");

    @Test
    void every_page_action_is_offered_to_the_callers_the_table_gives_and_to_no_other() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> pages = PageMatrixIT.readTable(problems);
        Map<String, List<String>> table = readTable(problems);
        Map<String, List<Action>> actions = new LinkedHashMap<>();
        List<Action> all = new ArrayList<>();
        for (String address : pages.keySet()) {
            List<Action> found = PageActions.of(address.replaceAll("\\?.*", ""), problems);
            actions.put(address, found);
            all.addAll(found);
            Set<String> keys = new HashSet<>();
            found.stream().filter(action -> !keys.add(action.key()))
                    .forEach(action -> problems.add(address + ": two actions " + action.key()));
        }
        PageActions.checkAgainstBeans(all, problems);
        Set<String> expectedKeys = new TreeSet<>();
        actions.forEach((address, found) -> found.forEach(action -> expectedKeys.add(address + " " + action.key())));
        expectedKeys.stream().filter(key -> !table.containsKey(key))
                .forEach(key -> problems.add("no line in " + TABLE + " for " + key));
        table.keySet().stream().filter(key -> !expectedKeys.contains(key))
                .forEach(key -> problems.add(TABLE + " names " + key + ", which no page offers"));
        assertThat(problems).withFailMessage("the page actions do not match %s:%n%s", TABLE,
                String.join(System.lineSeparator(), problems)).isEmpty();

        MatrixFixtures fixtures = new MatrixFixtures(api());
        List<String> differences = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        Map<String, Served> pagesByAddress = new LinkedHashMap<>();
        int checks = 0;
        int forged = 0;
        try {
            fixtures.prepare();
            List<String> cookies = new ArrayList<>();
            for (Caller caller : fixtures.callers) {
                cookies.add(caller.anonymous() ? null : PageMatrixIT.signIn(api(), caller));
            }
            for (Map.Entry<String, List<Action>> page : actions.entrySet()) {
                if (page.getValue().isEmpty()) {
                    continue;
                }
                String address = PageMatrixIT.resolve(page.getKey(), fixtures);
                List<Set<String>> ids = new ArrayList<>();
                List<String> html = new ArrayList<>();
                for (int column = 0; column < fixtures.callers.size(); column++) {
                    boolean opens = "ok".equals(pages.get(page.getKey()).get(column));
                    html.add(opens ? served(PageMatrixIT.open(api(), address, cookies.get(column))) : null);
                    ids.add(opens ? ids(html.get(column)) : null);
                }
                pagesByAddress.put(page.getKey(), new Served(address, html));
                for (Action action : page.getValue()) {
                    String key = page.getKey() + " " + action.key();
                    observed.append(key);
                    for (int column = 0; column < ids.size(); column++) {
                        String got = ids.get(column) == null ? "-" : shown(ids.get(column), action.componentId())
                                ? "shown" : "hidden";
                        observed.append(',').append(got);
                        checks++;
                        String expected = onThisDatabase(table.get(key).get(column));
                        if (!expected.equals(got)) {
                            differences.add(String.format("%s as %s: expected %s, got %s (%s)", key,
                                    fixtures.callers.get(column).column(), expected, got, address));
                        }
                    }
                    observed.append(System.lineSeparator());
                }
            }
            forged = forgeHiddenActions(fixtures, cookies, actions, table, pagesByAddress, differences);
        } finally {
            fixtures.cleanUp();
        }
        System.out.printf("Page actions: %d actions of %d pages × %d callers = %d checks, %d forged requests for hidden "
                + "actions%n", table.size(), actions.size(), RoleMatrixTable.CALLERS.size(), checks, forged);
        assertThat(differences).withFailMessage("%d of %d cells differ from %s:%n%s%nWhat the pages offered:%n%s",
                differences.size(), checks, TABLE, String.join(System.lineSeparator(), differences), observed).isEmpty();
    }

    /**
     * Sends, as each caller a page hides an action from, the request the pôle's page would send for it (the form's and
     * the button's client ids, the caller's own view state), and checks that nothing changed. First, as a control,
     * the pôle forges its own "create a token" the same way, which must create it: the forgery is one Faces obeys.
     */
    private int forgeHiddenActions(MatrixFixtures fixtures, List<String> cookies, Map<String, List<Action>> actions,
            Map<String, List<String>> table, Map<String, Served> served, List<String> differences) {
        int pole = RoleMatrixTable.CALLERS.indexOf("POLE");
        Served account = served.get("/account.xhtml");
        String name = "Jeton forge " + System.nanoTime();
        HttpResponse<String> stale = post(account.address(), cookies.get(pole), "newToken=newToken&newToken%3Aname="
                + name.replace(' ', '+') + "&newToken%3AexpiresOn=&newToken%3Acreate=newToken%3Acreate&"
                + VIEW_STATE + "=" + encode("1:1"));
        assertThat(stale.statusCode()).as("a view state the session does not hold").isEqualTo(400);
        assertThat(stale.body()).contains("Votre session a expiré");
        String fresh = freshState(account.address(), cookies.get(pole));
        HttpResponse<String> noNonce = post(account.address(), cookies.get(pole), "newToken=newToken&newToken%3Aname="
                + name.replace(' ', '+') + "&newToken%3AexpiresOn=&newToken%3Acreate=newToken%3Acreate"
                + fresh.substring(0, fresh.indexOf("&" + NONCE + "=")));
        assertThat(noNonce.statusCode()).as("a form without its page's nonce").isEqualTo(400);
        assertThat(noNonce.body()).contains("Ce formulaire n'a pas pu être lu");
        HttpResponse<String> control = post(account.address(), cookies.get(pole), "newToken=newToken&newToken%3Aname="
                + name.replace(' ', '+') + "&newToken%3AexpiresOn=&newToken%3Acreate=newToken%3Acreate"
                + freshState(account.address(), cookies.get(pole)));
        assertThat(control.statusCode()).as(control.body()).isLessThan(400);
        String mine = new String(fixtures.call(new RestEndpoints.Endpoint("GET", "/api/me/tokens", null, "application/json"),
                fixtures.callers.get(pole), "/api/me/tokens?size=500").body(), StandardCharsets.UTF_8);
        List<JsonObject> created = JsonBodies.object(mine).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(token -> name.equals(token.getString("name"))).toList();
        assertThat(created).as("the pôle's forged but allowed request created its token, the refused ones none")
                .hasSize(1);
        created.forEach(token -> fixtures.send(fixtures.callers
                        .get(pole), "DELETE", "/api/me/tokens/" + token.getJsonNumber("id"), null, new byte[0]));

        ApiDigest digest = new ApiDigest(fixtures);
        int forged = 0;
        for (Map.Entry<String, List<Action>> page : actions.entrySet()) {
            Served of = served.get(page.getKey());
            if (of == null || of.html().get(pole) == null) {
                continue;
            }
            Map<String, String> before = digest.take();
            for (Action action : page.getValue()) {
                String[] target = clientIds(of.html().get(pole), action.componentId());
                if (target == null) {
                    continue;
                }
                List<String> cells = table.get(page.getKey() + " " + action.key());
                for (int column = 1; column < cells.size(); column++) {
                    if (!"hidden".equals(onThisDatabase(cells.get(column))) || of.html().get(column) == null) {
                        continue;
                    }
                    // the page opened just now, so that the session still holds its view: Faces restores it, and
                    // only the component's not being rendered stands between the request and the action
                    String state = freshState(of.address(), cookies.get(column));
                    HttpResponse<String> answer = post(of.address(), cookies.get(column), encode(target[0]) + "="
                            + encode(target[0]) + "&" + encode(target[1]) + "=" + encode(target[1]) + state);
                    forged++;
                    // the page again, nothing run (200), or the postback refused outright (403)
                    if (answer.statusCode() != 200 && answer.statusCode() != 403) {
                        differences.add(String.format("%s %s forged as %s: %d", page.getKey(), action.key(),
                                fixtures.callers.get(column).column(), answer.statusCode()));
                    }
                }
            }
            Map<String, String> after = digest.take();
            if (!after.equals(before)) {
                differences.add(page.getKey() + ": a forged request for a hidden action changed the data: "
                        + ApiDigest.changed(before, after));
            }
        }
        return forged;
    }

    private HttpResponse<String> post(String address, String cookie, String form) {
        return api().send(api().request(address, null).setHeader("Accept", "text/html").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The client ids of the form holding the component and of the component, in the page; null if it is not there. */
    private static String[] clientIds(String html, String componentId) {
        Matcher id = ID.matcher(html);
        while (id.find()) {
            String clientId = id.group(1);
            if (clientId.equals(componentId) || clientId.endsWith(":" + componentId)) {
                int formStart = html.lastIndexOf("<form", id.start());
                if (formStart < 0 || html.lastIndexOf("</form>", id.start()) > formStart) {
                    return null;
                }
                Matcher form = ID.matcher(html.substring(formStart, html.indexOf('>', formStart) + 1));
                return form.find() ? new String[] {form.group(1), clientId} : null;
            }
        }
        return null;
    }

    /**
     * The end of a form a page opened just now would send: its view state and the nonce PrimeFaces' CSP mode checks
     * (a request without it is refused with 400).
     */
    private String freshState(String address, String cookie) {
        String html = served(PageMatrixIT.open(api(), address, cookie));
        return "&" + VIEW_STATE + "=" + encode(hidden(VIEW_STATE_VALUE, html)) + "&" + NONCE + "="
                + encode(hidden(NONCE_VALUE, html));
    }

    private static String hidden(Pattern input, String html) {
        Matcher value = input.matcher(html);
        assertThat(value.find()).as("in the page: " + input).isTrue();
        return value.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A page as each caller received it (null where the caller does not get it). */
    record Served(String address, List<String> html) {
    }

    private static String served(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.uri() + " " + page.body()).isEqualTo(200);
        return page.body();
    }

    /** The ids of the page's elements. */
    private static Set<String> ids(String page) {
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(page);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /** Whether the component is in the page: its client id is its id, or ends with ":" and its id (rows, forms). */
    private static boolean shown(Set<String> ids, String componentId) {
        return ids.stream().anyMatch(id -> id.equals(componentId) || id.endsWith(":" + componentId));
    }

    /** Each line's cells, by "address componentId:bean.method". */
    static Map<String, List<String>> readTable(List<String> problems) {
        return CsvTable.read(TABLE, "action", CELLS, problems);
    }
}
