package org.fabrique.web.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.reports.PdfDownload;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Stored XSS (issue 13): hostile but valid text is written through the API into every free-text field of a
 * programme, an evaluation, a cycle, a workshop and an account of the test's own, each payload a bold, a script
 * that would set the page's title to "owned", an image, quotes and an entity, its markup naming its field
 * ({@code data-xss="cand.title"}). Then, in a real browser and as each account that sees them (pôle,
 * directorate, elected official, the test's participant, a visitor), every page where these records show is
 * opened: no element carries {@code data-xss} (the text stayed text), the script did not run, and the page's
 * text holds {@code data-xss="<field>"} for the fields it shows (the text is shown, escaped). The CSV and
 * Excel exports hold each payload verbatim as a cell (quoted in CSV), and a cell that a spreadsheet would take
 * for a formula is neutralised; the three PDFs (council report, evaluation report, workshop document) print
 * the payloads literally. Each browser also fails on anything the Content-Security-Policy blocked. A payload
 * the API refused is a failure too: it must be storable text.
 */
class StoredXssIT extends DeployedFabrique {

    private static final Pattern FORMULA_CELL = Pattern.compile("(?m)(^|;)\"?=");

    private XssFixtures x;
    private final List<String> problems = new ArrayList<>();
    private int pages;
    private int exports;
    private int pdfs;

    @Test
    void every_text_field_is_escaped_on_every_page_export_and_pdf_where_it_shows() {
        x = new XssFixtures(api());
        x.writeAll();
        waitForTheSearchIndex();

        pagesOf(DemoAccounts.POLE, DemoAccounts.PASSWORD);
        pagesOf(DemoAccounts.DIRECTORATE, DemoAccounts.PASSWORD);
        pagesOf(DemoAccounts.ELECTED, DemoAccounts.PASSWORD);
        pagesOf(x.hostileUsername, TestAccounts.PASSWORD);
        pagesOf(null, null);
        exports();
        pdfs();

        System.out.printf("Stored XSS: %d fields written (%d refused), %d pages, %d exports and %d PDFs checked, "
                + "%d problems%n", x.written.size(), x.refused.size(), pages, exports, pdfs, problems.size());
        x.refused.forEach((field, why) -> problems.add(0, "the API refused the payload of " + field + ": " + why));
        assertThat(problems).as("stored XSS: what leaked, what is not shown, what was refused").isEmpty();
    }

    // ---------------------------------------------------------------- pages

    /** The pages each caller opens (null: a visitor), with the fields each must show as text. */
    private void pagesOf(String username, String password) {
        String who = username == null ? "visitor" : username.equals(x.hostileUsername) ? "the test's participant" : username;
        try (Browser browser = new Browser(base)) {
            if (username != null) {
                browser.signIn(username, password);
            }
            if (username == null) {
                visitorPages(browser, who);
            } else if (username.equals(x.hostileUsername)) {
                check(browser, who, "/index.xhtml", "account.name");
                check(browser, who, "/account.xhtml", "account.name");
                check(browser, who, "/prospective/workshop.xhtml?id=" + x.workshopId, "workshop.title", "account.name",
                        "issue.title", "wsession.agenda");
                check(browser, who, "/prospective/document.xhtml?workshop=" + x.workshopId, "workshop.title",
                        "draft.positioning", "amend.passage", "amend.proposed", "amend.rationale", "account.name");
            } else if (username.equals(DemoAccounts.POLE)) {
                polePages(browser, who);
            } else if (username.equals(DemoAccounts.DIRECTORATE)) {
                check(browser, who, "/index.xhtml");
                check(browser, who, "/dialogue/candidate.xhtml?id=" + x.candidateId, "cand.title", "cand.summary",
                        "cand.stakes", "cand.levers", "cand.publics", "cand.calendar", "arb.reason");
                check(browser, who, "/dialogue/project.xhtml?id=" + x.projectId, "cand.title", "cand.summary",
                        "session.place", "session.themes", "session.outputs", "rec.text", "project.lessons");
                check(browser, who, "/dialogue/recommendations.xhtml?programme=" + x.programmeId, "rec.text");
                check(browser, who, "/evaluation/evaluation.xhtml?id=" + x.evaluationId, "eval.title", "question.text",
                        "evalrec.text", "evalrec.owner", "evalrec.followup");
            } else {
                check(browser, who, "/index.xhtml");
                check(browser, who, "/evaluation/evaluation.xhtml?id=" + x.evaluationId, "eval.title", "quote.text",
                        "evalrec.text");
                check(browser, who, "/prospective/workshop.xhtml?id=" + x.workshopId, "workshop.title", "account.name",
                        "issue.title", "resource.title");
                check(browser, who, "/prospective/document.xhtml?workshop=" + x.workshopId, "draft.issues", "amend.passage");
                check(browser, who, "/prospective/plan.xhtml?workshop=" + x.workshopId, "action.title");
            }
        } catch (AssertionError closing) {
            // Browser.close() fails when the Content-Security-Policy blocked anything on a page it showed
            problems.add(who + ": " + closing.getMessage());
        }
    }

    private void polePages(Browser browser, String who) {
        check(browser, who, "/index.xhtml");
        check(browser, who, "/dialogue/programme.xhtml?id=" + x.programmeId, "cand.title");
        check(browser, who, "/dialogue/candidate.xhtml?id=" + x.candidateId, "cand.title", "cand.summary", "cand.stakes",
                "cand.levers", "cand.publics", "cand.calendar", "feas.criterion1", "feas.criterion2", "feas.criterion3",
                "feas.criterion4", "arb.reason");
        check(browser, who, "/dialogue/projects.xhtml?programme=" + x.programmeId, "cand.title");
        check(browser, who, "/dialogue/project.xhtml?id=" + x.projectId, "cand.title", "cand.summary", "session.place",
                "session.themes", "session.outputs", "rec.text", "project.lessons");
        check(browser, who, "/dialogue/recommendations.xhtml?programme=" + x.programmeId, "rec.text");
        check(browser, who, "/dialogue/dashboard.xhtml?programme=" + x.programmeId);

        check(browser, who, "/evaluation/evaluations.xhtml?year=" + x.evaluationYear, "eval.title");
        check(browser, who, "/evaluation/evaluation.xhtml?id=" + x.evaluationId, "eval.title", "eval.object",
                "eval.evaluators", "eval.summary", "question.text", "question.finding", "quote.text", "evalrec.text",
                "evalrec.owner", "evalrec.followup");
        check(browser, who, "/evaluation/interviews.xhtml?evaluation=" + x.evaluationId, "eval.title", "interview.name",
                "interview.by", "interview.notes", "quote.text", "quote.theme");
        check(browser, who, "/evaluation/indicators.xhtml?evaluation=" + x.evaluationId, "eval.title", "indicator.name",
                "indicator.unit", "indicator.source", "measure.note");

        check(browser, who, "/prospective/workshops.xhtml?cycle=" + x.cycleId, "workshop.title", "cycle.name");
        check(browser, who, "/prospective/workshop.xhtml?id=" + x.workshopId, "workshop.title", "cycle.name",
                "workshop.contract", "workshop.committee", "workshop.firm", "synthesis.text", "issue.title",
                "issue.description", "issue.tension", "resource.title", "resource.source", "resource.org",
                "resource.content", "resource.lesson", "draft.recs", "markers.tension", "wsession.agenda", "account.name");
        check(browser, who, "/prospective/document.xhtml?workshop=" + x.workshopId, "workshop.title", "draft.issues",
                "draft.positioning", "draft.choices", "draft.recs", "draft.conditions", "amend.passage", "amend.proposed",
                "amend.rationale", "amend.modified", "account.name", "commission.title", "commission.brief");
        check(browser, who, "/prospective/plan.xhtml?workshop=" + x.workshopId, "workshop.title", "action.title",
                "action.rec", "action.pilot");

        checkAny(browser, who, "/search.xhtml?q=" + x.run);
    }

    private void visitorPages(Browser browser, String who) {
        check(browser, who, "/public/index.xhtml");
        check(browser, who, "/public/programme.xhtml?year=" + x.programmeYear, "cand.title", "cand.summary", "rec.text",
                "answer.text", "answer.planned");
        check(browser, who, "/public/evaluation.xhtml?id=" + x.evaluationId, "eval.title", "eval.object",
                "eval.evaluators", "eval.summary", "question.text", "question.finding", "quote.text", "evalrec.text",
                "evalrec.owner", "evalrec.followup");
        check(browser, who, "/public/workshops.xhtml", "workshop.title", "cycle.name", "synthesis.text");
    }

    /** Opens the page and checks it: nothing became markup, no script ran, the fields named are shown as text. */
    private void check(Browser browser, String who, String path, String... fields) {
        String text = open(browser, who, path);
        if (text == null) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            if (x.stored(field) && !text.contains("data-xss=\"" + field + "\"")) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(who + " on " + path + ": not shown as text: " + missing + " (the page's heading: "
                    + heading(browser) + ")");
        }
    }

    /** As {@link #check}, for a page that must show at least one of the payloads (the search's results). */
    private void checkAny(Browser browser, String who, String path) {
        String text = open(browser, who, path);
        if (text != null && !text.contains("data-xss=\"")) {
            problems.add(who + " on " + path + ": no payload shown as text (the page's heading: " + heading(browser) + ")");
        }
    }

    /** The page's text, after checking that no stored markup became an element and no stored script ran. */
    private String open(Browser browser, String who, String path) {
        pages++;
        browser.open(path);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object leaked = js.executeScript("return Array.from(document.querySelectorAll('[data-xss]'))"
                + ".map(e => e.getAttribute('data-xss') + ': ' + e.outerHTML.substring(0, 120));");
        if (leaked instanceof List<?> elements && !elements.isEmpty()) {
            problems.add(who + " on " + path + ": stored text became markup: " + elements);
        }
        if ("owned".equals(js.executeScript("return document.title;"))) {
            problems.add(who + " on " + path + ": a stored script ran (document.title is \"owned\")");
        }
        Object text = js.executeScript("return document.body ? document.body.textContent : '';");
        if (text == null) {
            problems.add(who + " on " + path + ": no page");
            return null;
        }
        return text.toString();
    }

    private static String heading(Browser browser) {
        Object h1 = ((JavascriptExecutor) browser.driver())
                .executeScript("var h = document.querySelector('h1'); return h ? h.textContent.trim() : '(none)';");
        return String.valueOf(h1);
    }

    /** The search index is written after the transaction: waits until the run's word finds something. */
    private void waitForTheSearchIndex() {
        for (int attempt = 0; attempt < 40; attempt++) {
            HttpResponse<String> found = api().get("api/search?q=" + x.run, DemoAccounts.POLE);
            if (found.statusCode() == 200 && found.body().contains("data-xss")) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        problems.add("api/search?q=" + x.run + ": the search never found the payloads");
    }

    // ---------------------------------------------------------------- exports

    private void exports() {
        export("api/programmes/" + x.programmeId + "/candidates", false, "cand.title", "arb.reason");
        export("api/recommendations", true, "cand.title", "rec.text", "answer.text", "answer.planned");
        export("api/evaluations", false, "eval.title");
        export("api/evaluations/" + x.evaluationId + "/recommendations", false, "evalrec.text", "evalrec.owner",
                "evalrec.followup");
        export("api/workshops", false, "workshop.title", "cycle.name");
        export("api/workshops/" + x.workshopId + "/actions", false, "action.title", "action.rec", "action.pilot");
    }

    /** The list at {@code path} in both formats, filtered to the test's records where the list allows it. */
    private void export(String path, boolean formula, String... fields) {
        String query = switch (path) {
            case "api/recommendations" -> "?programmeId=" + x.programmeId;
            case "api/evaluations" -> "?programmeYear=" + x.evaluationYear;
            case "api/workshops" -> "?cycleId=" + x.cycleId;
            default -> "";
        };
        csv(path + ".csv" + query, formula, fields);
        xlsx(path + ".xlsx" + query, formula, fields);
    }

    private void csv(String path, boolean formula, String... fields) {
        exports++;
        HttpResponse<byte[]> answer = download(path);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (answer.statusCode() != 200) {
            problems.add(path + ": " + answer.statusCode() + " " + text);
            return;
        }
        for (String field : fields) {
            if (x.stored(field)) {
                String quoted = "\"" + x.payload(field).replace("\"", "\"\"") + "\"";
                if (!text.contains(quoted)) {
                    problems.add(path + ": the payload of " + field + " is not a quoted cell, verbatim");
                }
            }
        }
        if (formula && x.stored(XssFixtures.FORMULA_FIELD)) {
            if (!text.contains("\"'" + XssFixtures.FORMULA.replace("\"", "\"\"") + "\"")) {
                problems.add(path + ": the formula is not neutralised with a leading ' in a quoted cell");
            }
        }
        if (FORMULA_CELL.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text).find()) {
            problems.add(path + ": a cell starts with '=', which a spreadsheet runs");
        }
    }

    private void xlsx(String path, boolean formula, String... fields) {
        exports++;
        HttpResponse<byte[]> answer = download(path);
        if (answer.statusCode() != 200) {
            problems.add(path + ": " + answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8));
            return;
        }
        List<Cell> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
            for (Row row : workbook.getFirstSheet().read()) {
                for (int c = 0; c < row.getCellCount(); c++) {
                    if (row.getCell(c) != null) {
                        cells.add(row.getCell(c));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(path + ": not a readable workbook: " + e);
            return;
        }
        for (String field : fields) {
            if (x.stored(field) && cells.stream().noneMatch(c -> x.payload(field).equals(c.getText()))) {
                problems.add(path + ": no cell holds the payload of " + field + " verbatim");
            }
        }
        cells.stream().filter(c -> c.getType() == CellType.FORMULA)
                .forEach(c -> problems.add(path + ": cell " + c.getAddress() + " is a formula: " + c.getFormula()));
        if (formula && x.stored(XssFixtures.FORMULA_FIELD) && cells.stream().noneMatch(c -> c.getType() == CellType.STRING
                && (XssFixtures.FORMULA.equals(c.getText()) || ("'" + XssFixtures.FORMULA).equals(c.getText())))) {
            problems.add(path + ": the formula text is not a text cell");
        }
    }

    private HttpResponse<byte[]> download(String path) {
        Api api = api();
        return api.send(api.request(path, DemoAccounts.POLE).setHeader("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---------------------------------------------------------------- PDFs

    private void pdfs() {
        pdf("api/programmes/" + x.programmeId + "/report.pdf?lang=fr", "cand.title", "cand.summary", "rec.text",
                "answer.text", "answer.planned");
        pdf("api/evaluations/" + x.evaluationId + "/report.pdf?lang=fr", "eval.title", "eval.summary", "question.text",
                "question.finding", "quote.text", "evalrec.text");
        pdf("api/workshops/" + x.workshopId + "/document.pdf?lang=fr", "workshop.title", "draft.issues",
                "draft.positioning", "draft.choices", "draft.recs", "draft.conditions");
    }

    /** The PDF read back with PDFBox: each payload printed literally (line breaks and spaces aside). */
    private void pdf(String path, String... fields) {
        pdfs++;
        String text;
        try {
            text = PdfDownload.get(api(), path, DemoAccounts.POLE).text().replaceAll("\\s+", "");
        } catch (AssertionError | RuntimeException e) {
            problems.add(path + ": " + e.getMessage());
            return;
        }
        for (String field : fields) {
            if (x.stored(field) && !text.contains(x.payload(field).replaceAll("\\s+", ""))) {
                problems.add(path + ": the payload of " + field + " is not printed literally");
            }
        }
    }
}
