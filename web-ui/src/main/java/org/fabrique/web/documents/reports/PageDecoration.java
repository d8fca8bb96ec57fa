package org.fabrique.web.documents.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: the running header (the report's title, from the second page on) and the
 * footer "Page 2 / 7"; it also notes the page each section starts on, for the table of contents.
 */
final class PageDecoration extends PdfPageEventHelper {

    private final ReportTexts texts;
    private final String title;
    private final int pages;
    private final TableOfContents sections;
    private int lastPage;

    /** {@code pages} is the page count the previous pass found (0 on the first pass). */
    PageDecoration(ReportTexts texts, String title, int pages, TableOfContents sections) {
        this.texts = texts;
        this.title = ReportWriter.printable(title);
        this.pages = pages;
        this.sections = sections;
    }

    int lastPage() {
        return lastPage;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        lastPage = page;
        PdfContentByte canvas = writer.getDirectContent();
        if (page > 1) {
            float top = document.getPageSize().getHeight() - 40;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, ReportWriter.SMALL),
                    document.left(), top, 0);
            canvas.saveState();
            canvas.setColorStroke(ReportWriter.RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), top - 6);
            canvas.lineTo(document.right(), top - 6);
            canvas.stroke();
            canvas.restoreState();
        }
        String footer = texts.text("report.page", String.valueOf(page), String.valueOf(Math.max(pages, page)));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(footer, ReportWriter.SMALL),
                (document.left() + document.right()) / 2, 32, 0);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        sections.placed(Integer.parseInt(text), writer.getPageNumber());
    }
}
