package org.fabrique.web.documents.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static byte[] write(List<String> headers, List<Object>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(new Table("Test", headers, Stream.of(rows)), out);
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheByteOrderMarkAndKeepsAccentsInUtf8() throws IOException {
        byte[] bytes = write(List.of("Échéance", "Préconisation"), List.of(LocalDate.of(2026, 3, 31), "Équipement sportif"));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(bytes)).isEqualTo("\uFEFFÉchéance;Préconisation\r\n2026-03-31;Équipement sportif\r\n");
    }

    @Test
    void quotesCellsHoldingTheSeparatorQuotesOrLineBreaks() throws IOException {
        byte[] bytes = write(List.of("a", "b", "c", "d"),
                List.of("un; deux", "il dit \"oui\"", "ligne 1\nligne 2", "simple"));

        assertThat(text(bytes)).endsWith("\"un; deux\";\"il dit \"\"oui\"\"\";\"ligne 1\nligne 2\";simple\r\n");
    }

    @Test
    void guardsTextThatASpreadsheetWouldTakeForAFormula() {
        assertThat(CsvWriter.cell("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
        assertThat(CsvWriter.cell("+33 2 40")).isEqualTo("'+33 2 40");
        assertThat(CsvWriter.cell("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvWriter.cell("=1;2")).isEqualTo("\"'=1;2\"");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesNumbersAsTheyAreAndNothingForAnEmptyCell() throws IOException {
        byte[] bytes = write(List.of("n", "vide", "négatif"), Arrays.asList(42, null, -3));

        assertThat(text(bytes)).endsWith("42;;-3\r\n");
    }
}
