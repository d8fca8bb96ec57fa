package org.fabrique.web.documents.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as an Excel workbook of one sheet: bold headers, numbers as numbers, dates as dates
 * ({@code yyyy-mm-dd}); rows are flushed to the stream as they come, so a long list stays small in memory.
 */
public final class XlsxWriter {

    private static final int FLUSH_EVERY = 500;
    private static final int SHEET_NAME_MAX = 31;

    public void write(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Fabrique", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, Math.max(0, headers.size() - 1)).style().bold().set();
        int[] next = {1};
        try {
            table.rows().forEach(row -> {
                int r = next[0]++;
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r, c, row.get(c));
                }
                if (r % FLUSH_EVERY == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value != null) {
            // inline, not in the workbook's shared strings, which fastexcel holds until the end: a long list stays small
            sheet.inlineString(r, c, value.toString());
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses sheet names over 31 characters or holding {@code [ ] : * ? / \}. */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            return "Export";
        }
        return cleaned.length() > SHEET_NAME_MAX ? cleaned.substring(0, SHEET_NAME_MAX) : cleaned;
    }
}
