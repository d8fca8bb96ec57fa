package org.fabrique.web.documents.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static List<Row> readBack(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(table, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo(XlsxWriter.sheetName(table.name()));
            return sheet.read();
        }
    }

    @Test
    void readsBackHeadersTextNumbersAndDates() throws IOException {
        List<Row> rows = readBack(new Table("Plan d'actions", List.of("Action", "Avancement (%)", "Échéance"),
                Stream.of(Arrays.asList("Équipement de quartier", 40, LocalDate.of(2026, 6, 30)),
                        Arrays.asList("=1+1", null, null))));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Action");
        assertThat(rows.get(0).getCellText(2)).isEqualTo("Échéance");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("Équipement de quartier");
        assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("40"));
        assertThat(rows.get(1).getCellAsDate(2).map(d -> d.toLocalDate())).contains(LocalDate.of(2026, 6, 30));
        assertThat(rows.get(2).getCellText(0)).as("text stays text, never a formula").isEqualTo("=1+1");
    }

    @Test
    void writesEveryRowOfALongList() throws IOException {
        List<Row> rows = readBack(new Table("Long", List.of("n"),
                IntStream.rangeClosed(1, 1203).mapToObj(i -> List.<Object>of(i))));

        assertThat(rows).hasSize(1204);
        assertThat(rows.get(1203).getCellAsNumber(0)).contains(new BigDecimal("1203"));
    }

    @Test
    void makesASheetNameExcelAccepts() {
        assertThat(XlsxWriter.sheetName("Plan d'actions — Grand enjeu : la culture, fabrique du lien social"))
                .hasSize(31).doesNotContain(":");
        assertThat(XlsxWriter.sheetName("[?]")).isEqualTo("Export");
    }
}
