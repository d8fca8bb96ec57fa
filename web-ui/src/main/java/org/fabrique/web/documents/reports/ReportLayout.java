package org.fabrique.web.documents.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The shape every report shares: a title page (with the table of contents when the report is long), then
 * the body under a running header, every page numbered "Page 2 / 7". The body is laid out twice, so that
 * the contents and the footers can print what the first pass learnt: the page of each section and the
 * page count.
 */
final class ReportLayout {

    /** A report longer than this many pages opens with a table of contents. */
    static final int LONG = 3;

    /** What the title page says: the document's title (repeated in the running header) and its lines. */
    record Cover(String title, String subtitle, List<String> lines) {
        Cover {
            lines = List.copyOf(lines);
        }
    }

    /** Writes a report's body. */
    interface Body {
        void write(ReportWriter out);
    }

    private record Pass(byte[] pdf, int pages, List<TableOfContents.Entry> contents) {
    }

    private ReportLayout() {
    }

    /** The report as PDF bytes. */
    static byte[] render(ReportTexts texts, Cover cover, Body body) {
        Pass first = pass(texts, cover, body, null, 0);
        boolean contents = first.pages() > LONG && !first.contents().isEmpty();
        return pass(texts, cover, body, contents ? first.contents() : null, first.pages()).pdf();
    }

    private static Pass pass(ReportTexts texts, Cover cover, Body body, List<TableOfContents.Entry> contents, int pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 72, 64);
        TableOfContents sections = new TableOfContents();
        PageDecoration decoration = new PageDecoration(texts, cover.title(), pages, sections);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(decoration);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().getLanguage()));
            document.addTitle(cover.title());
            document.addCreator("Fabrique");
            document.open();
            titlePage(document, texts, cover, contents);
            document.newPage();
            body.write(new ReportWriter(document, writer, sections));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        }
        return new Pass(bytes.toByteArray(), decoration.lastPage(), sections.entries());
    }

    private static void titlePage(Document document, ReportTexts texts, Cover cover, List<TableOfContents.Entry> contents) {
        Paragraph title = new Paragraph(ReportWriter.printable(cover.title()), ReportWriter.TITLE);
        title.setSpacingBefore(120);
        title.setSpacingAfter(12);
        document.add(title);
        Paragraph subtitle = new Paragraph(ReportWriter.printable(cover.subtitle()), ReportWriter.SUBTITLE);
        subtitle.setSpacingAfter(24);
        document.add(subtitle);
        for (String line : cover.lines()) {
            document.add(new Paragraph(ReportWriter.printable(line), ReportWriter.BODY));
        }
        if (contents != null) {
            Paragraph heading = new Paragraph(texts.text("report.contents"), ReportWriter.HEADING);
            heading.setSpacingBefore(48);
            heading.setSpacingAfter(8);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[] {9, 1});
            table.setWidthPercentage(100);
            for (TableOfContents.Entry entry : contents) {
                table.addCell(contentsCell(entry.title(), Element.ALIGN_LEFT));
                table.addCell(contentsCell(String.valueOf(entry.page()), Element.ALIGN_RIGHT));
            }
            document.add(table);
        }
    }

    private static PdfPCell contentsCell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(ReportWriter.printable(text), ReportWriter.BODY));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(ReportWriter.RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(5);
        return cell;
    }
}
