package org.fabrique.web.it.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fabrique.web.it.Api;

/** An export downloaded through the API and read back as rows of text, its headers first. */
record Download(HttpResponse<byte[]> response) {

    static Download of(Api api, String path, String username, String... headers) {
        var request = api.request(path, username).setHeader("Accept", "*/*");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return new Download(api.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse("");
    }

    String text() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A CSV download: UTF-8 with a byte order mark, ';' between cells, RFC 4180 quoting. */
    List<List<String>> csv() {
        assertThat(status()).as(text()).isEqualTo(200);
        assertThat(header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(Arrays.copyOf(response.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return parse(text().substring(1));
    }

    /** An Excel download's first sheet. */
    List<List<String>> xlsx() {
        assertThat(status()).as(text()).isEqualTo(200);
        assertThat(header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }

    /** The cells of one column, headers left out. */
    static List<String> column(List<List<String>> rows, String header) {
        int index = rows.get(0).indexOf(header);
        assertThat(index).as("column " + header + " in " + rows.get(0)).isNotNegative();
        return rows.stream().skip(1).map(r -> index < r.size() ? r.get(index) : "").toList();
    }
}
