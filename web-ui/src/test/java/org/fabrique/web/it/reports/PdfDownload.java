package org.fabrique.web.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fabrique.web.it.Api;

/** A PDF downloaded from the API, read back with PDFBox: its pages' text. */
public record PdfDownload(int status, String contentType, String disposition, byte[] body) {

    /** GET {@code path} as {@code username}, asking for a PDF. */
    public static PdfDownload get(Api api, String path, String username) {
        return of(api.send(api.request(path, username).setHeader("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** Any request, e.g. a browser's with its session cookie. */
    public static PdfDownload of(Api api, HttpRequest request) {
        return of(api.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static PdfDownload of(HttpResponse<byte[]> response) {
        return new PdfDownload(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    /** Asserts a PDF came back and returns the text of each of its pages. */
    public List<String> pages() {
        assertThat(status).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(contentType).startsWith("application/pdf");
        assertThat(disposition).startsWith("attachment; filename=\"").contains(".pdf\"");
        try (PDDocument document = Loader.loadPDF(body)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            for (int page = 1; page <= pages.size(); page++) {
                assertThat(pages.get(page - 1)).contains("Page " + page + " / " + pages.size());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text, pages after one another, lines joined by single spaces. */
    public String text() {
        return String.join(" ", pages()).replaceAll("\\s+", " ");
    }

    /** The problem+json answer's status, for a refusal. */
    public String problem() {
        assertThat(contentType).startsWith("application/problem+json");
        return new String(body, StandardCharsets.UTF_8);
    }
}
