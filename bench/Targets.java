import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests the benchmark measures, with the records and the credentials they need: it signs in through the
 * login page as each demo role (a session cookie each), creates API tokens for the pôle, a directorate and an
 * elected official, and finds the records through the API. On the demo data (scale 0) the records are the demo's
 * (the latest validated programme, an exploratory workshop); on a generated database they are the generated
 * volume's: the programme of the year before last, the largest, and the workshop that starts last.
 */
final class Targets {

    /**
     * What a request is, for the targets it is held to: the floor, a static file, a signed-in trivial request
     * ({@code /api/me}), a page, a list endpoint.
     */
    enum Kind {
        FLOOR, STATIC, TRIVIAL, PAGE, LIST
    }

    /** One request to measure: its name, what wrk sends (a path and a header, or none) and its kind. */
    record Target(String name, String path, String header, Kind kind) {
    }

    private static final String PASSWORD = "demo-fabrique";
    private static final List<String> ROLES = List.of("pole", "direction", "elu", "expert");
    private static final String SEARCHED = URLEncoder.encode("bibliothèque", StandardCharsets.UTF_8);

    private final Http http;

    Targets(Http http) {
        this.http = http;
    }

    /** The records the dialogue, workshop and evaluation pages show. */
    private record Records(long programme, int year, long candidate, long project, long workshop, long document,
            long evaluation, long published) {
    }

    /** Every request the benchmark measures, the floor first, on the demo data (scale 0) or at {@code scale}. */
    List<Target> all(int scale) throws Exception {
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String role : ROLES) {
            sessions.put(role, "Cookie: " + signIn(role));
        }
        String session = sessions.get("pole");
        String token = token("pole");
        String directionToken = token("direction");
        String eluToken = token("elu");
        Records r = scale == 0 ? demoRecords() : generatedRecords();

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("floor: GET /api/health", "/api/health", null, Kind.FLOOR));
        targets.add(new Target("static resource", "/resources/css/fabrique.css", null, Kind.STATIC));
        targets.add(new Target("/api/me, session", "/api/me", session, Kind.TRIVIAL));
        targets.add(new Target("/api/me, token", "/api/me", token, Kind.TRIVIAL));
        sessions.forEach((role, cookie) -> targets.add(page("home page, " + role, "/index.xhtml", cookie)));
        targets.add(page("programme page", "/dialogue/programme.xhtml?id=" + r.programme(), session));
        targets.add(page("candidate page", "/dialogue/candidate.xhtml?id=" + r.candidate(), session));
        targets.add(page("arbitration page", "/dialogue/arbitration.xhtml?programme=" + r.programme(), session));
        targets.add(page("recommendations page", "/dialogue/recommendations.xhtml?programme=" + r.programme(), session));
        targets.add(page("dashboard page", "/dialogue/dashboard.xhtml?programme=" + r.programme(), session));
        targets.add(page("project page", "/dialogue/project.xhtml?id=" + r.project(), session));
        targets.add(page("workshop page", "/prospective/workshop.xhtml?id=" + r.workshop(), session));
        targets.add(page("document page", "/prospective/document.xhtml?workshop=" + r.document(), session));
        targets.add(page("markers page", "/prospective/markers.xhtml", session));
        targets.add(page("evaluation page", "/evaluation/evaluation.xhtml?id=" + r.evaluation(), session));
        targets.add(page("public programme page", "/public/programme.xhtml?year=" + r.year(), null));
        targets.add(page("public evaluation page", "/public/evaluation.xhtml?id=" + r.published(), null));
        targets.add(page("public workshops page", "/public/workshops.xhtml", null));
        targets.add(page("search page", "/search.xhtml?q=" + SEARCHED, session));
        targets.add(list("GET /api/search", "/api/search?q=" + SEARCHED, token));
        targets.add(list("GET /api/programmes", "/api/programmes?status=VALIDATED&sort=-year", token));
        targets.add(list("GET /api/programmes/{id}/candidates",
                "/api/programmes/" + r.programme() + "/candidates?status=ARBITRATED&sort=title&size=50", token));
        targets.add(list("GET /api/programmes/{id}/projects",
                "/api/programmes/" + r.programme() + "/projects?scale=NEIGHBOURHOOD&sort=title", token));
        targets.add(list("GET /api/recommendations", "/api/recommendations?programmeId=" + r.programme()
                + "&overdue=true&sort=dueDate,-recordedOn&size=50", token));
        targets.add(list("GET /api/recommendations, direction's own", "/api/recommendations?sort=dueDate&size=50",
                directionToken));
        targets.add(list("GET /api/workshops", "/api/workshops?status=CLOSED&sort=-start", token));
        targets.add(list("GET /api/workshops, elu", "/api/workshops?sort=-start", eluToken));
        targets.add(list("GET /api/evaluations", "/api/evaluations?status=FOLLOW_UP&sort=title", token));
        targets.add(list("GET /api/evaluation-recommendations",
                "/api/evaluation-recommendations?overdue=false&sort=dueDate", token));
        targets.add(list("GET /api/accounts", "/api/accounts?role=DIRECTORATE&sort=displayName", token));
        return targets;
    }

    /** Fails unless the target answers 200 now: the benchmark measures answers, not refusals. */
    void check(Target target) throws Exception {
        HttpResponse<String> response = http.get(target.path(), target.header());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(target.name() + " (" + target.path() + ") answers " + response.statusCode()
                    + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private static Target page(String name, String path, String header) {
        return new Target(name, path, header, Kind.PAGE);
    }

    private static Target list(String name, String path, String header) {
        return new Target(name, path, header, Kind.LIST);
    }

    /** The demo's records: its latest validated programme, an exploratory workshop, the oldest workshop's document. */
    private Records demoRecords() throws Exception {
        long programme = firstId("/api/programmes?status=VALIDATED&sort=-year&size=1");
        int year = Integer.parseInt(Json.field(get("/api/programmes/" + programme), "year"));
        return records(programme, year, firstId("/api/workshops?status=EXPLORATORY&size=1"));
    }

    /**
     * The generated records: the programme of the year before last (the generator's largest), found among the
     * programmes by its year, and the workshop that starts last.
     */
    private Records generatedRecords() throws Exception {
        int year = LocalDate.now().getYear() - 2;
        String programmes = get("/api/programmes?sort=-year&size=100");
        long programme = Json.items(programmes).stream()
                .filter(item -> Json.field(item, "year").equals(String.valueOf(year)))
                .mapToLong(item -> Long.parseLong(Json.field(item, "id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no programme of " + year + " among the programmes: was "
                        + "this database generated (FABRIQUE_GENERATE_SCALE)?"));
        return records(programme, year, firstId("/api/workshops?sort=-start&size=1"));
    }

    /** The records that follow from the programme and the workshop, the same way on the demo and at a scale. */
    private Records records(long programme, int year, long workshop) throws Exception {
        return new Records(programme, year, firstId("/api/programmes/" + programme + "/candidates?size=1"),
                firstId("/api/programmes/" + programme + "/projects?size=1"), workshop,
                firstId("/api/workshops?sort=start&size=1"), firstId("/api/evaluations?sort=title&size=1"),
                Json.firstId(http.get("/api/public/evaluations?size=1", null).body()));
    }

    /** The body of a GET as the pôle (Basic authentication). */
    private String get(String path) throws Exception {
        HttpResponse<String> response = http.get(path, basic("pole"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answers " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private long firstId(String path) throws Exception {
        return Json.firstId(get(path));
    }

    /** A new API token of {@code username}'s, as the header wrk sends. */
    private String token(String username) throws Exception {
        String created = http.post("/api/me/tokens", basic(username),
                "{\"name\":\"benchmark " + System.currentTimeMillis() + "\"}").body();
        return "Authorization: Bearer " + Json.field(created, "token");
    }

    private static String basic(String username) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the login page as a browser does; returns the session cookie. */
    private String signIn(String username) throws Exception {
        HttpResponse<String> page = http.get("/login.xhtml", null);
        Matcher form = Pattern.compile("<form id=\"login\".*?</form>", Pattern.DOTALL).matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no login form on /login.xhtml");
        }
        StringBuilder body = new StringBuilder();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group());
        while (hidden.find()) {
            String name = attribute(hidden.group(), "name");
            if (name != null) {
                body.append(encode(name)).append('=').append(encode(attribute(hidden.group(), "value"))).append('&');
            }
        }
        body.append("login%3Ausername=").append(encode(username)).append("&login%3Apassword=").append(encode(PASSWORD))
                .append("&login%3Asubmit=");
        HttpRequest.Builder request = http.request("/login.xhtml", "Origin: " + Http.BASE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        page.headers().allValues("Set-Cookie").forEach(c -> request.header("Cookie", c.split(";", 2)[0]));
        HttpResponse<String> answer = http.send(request);
        return answer.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("FABRIQUE_SESSION=")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("signing in as " + username + " gave no session: "
                        + answer.statusCode()));
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&").replace("&quot;", "\"") : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
