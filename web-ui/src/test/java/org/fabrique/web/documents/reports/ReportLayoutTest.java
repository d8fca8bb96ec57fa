package org.fabrique.web.documents.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fabrique.web.i18n.Texts;
import org.junit.jupiter.api.Test;

/** The shared layout, read back with PDFBox: page numbers, the contents of a long report, the chart's labels. */
class ReportLayoutTest {

    private static final ReportTexts FRENCH = new ReportTexts(new Texts(), Texts.FRENCH, ZoneId.of("Europe/Paris"));
    private static final ReportTexts ENGLISH = new ReportTexts(new Texts(), Texts.ENGLISH, ZoneId.of("Europe/Paris"));
    private static final ReportLayout.Cover COVER = new ReportLayout.Cover("Rapport d’essai", "Sous-titre", List.of("Une ligne"));

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static byte[] longReport(ReportTexts texts) {
        return ReportLayout.render(texts, COVER, out -> {
            for (int section = 1; section <= 3; section++) {
                out.section("Section numéro " + section);
                for (int i = 0; i < 60; i++) {
                    out.paragraph("Paragraphe " + section + "." + i + " : une préconisation citoyenne et sa réponse.");
                }
            }
        });
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() throws IOException {
        List<String> pages = pages(longReport(FRENCH));

        assertThat(pages.size()).isGreaterThan(ReportLayout.LONG);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Page " + page + " / " + pages.size());
        }
        assertThat(pages.get(1)).contains("Rapport d’essai");
    }

    @Test
    void aLongReportListsItsSectionsWithThePageEachStartsOn() throws IOException {
        List<String> pages = pages(longReport(ENGLISH));

        String cover = pages.get(0);
        assertThat(cover).contains("Contents");
        for (int section = 1; section <= 3; section++) {
            String title = "Section numéro " + section;
            int page = 0;
            while (!pages.get(page).contains(title) || page == 0) {
                page++;
            }
            assertThat(cover).containsPattern(title + "\\s+" + (page + 1) + "\\b");
        }
    }

    @Test
    void aShortReportHasNoContents() throws IOException {
        List<String> pages = pages(ReportLayout.render(FRENCH, COVER, out -> {
            out.section("Seule section");
            out.paragraph("Peu de texte.");
        }));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).doesNotContain("Sommaire").contains("Rapport d’essai", "Sous-titre", "Page 1 / 2");
        assertThat(pages.get(1)).contains("Seule section", "Peu de texte.", "Page 2 / 2");
    }

    @Test
    void theChartLabelsEachBarWithItsShare() throws IOException {
        List<String> pages = pages(ReportLayout.render(FRENCH, COVER, out -> out.chart(new BarChart(List.of(
                new BarChart.Bar("Direction de la culture", 0.8), new BarChart.Bar("Direction des sports", null))),
                "Taux par direction", FRENCH::percent)));

        assertThat(pages.get(1)).contains("Direction de la culture", "80 %", "Direction des sports", "—", "50 %",
                "100 %", "Taux par direction");
    }

    @Test
    void theDocumentDeclaresItsLanguage() throws IOException {
        byte[] english = ReportLayout.render(ENGLISH, COVER, out -> out.paragraph("Some text."));
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapport d’essai");
        }
    }
}
