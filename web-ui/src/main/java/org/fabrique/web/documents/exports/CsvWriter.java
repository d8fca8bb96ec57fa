package org.fabrique.web.documents.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a table as CSV for a French spreadsheet: UTF-8 with a byte order mark (so that accents
 * survive), {@code ;} between cells, CRLF between lines, RFC 4180 quoting, and a {@code '} before any
 * text that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return).
 */
public final class CsvWriter {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    public void write(Table table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        line(writer, List.copyOf(table.headers()));
        try {
            table.rows().forEach(row -> {
                try {
                    line(writer, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write(LINE_END);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        String text = guarded(value.toString());
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String guarded(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
