package org.fabrique.web.documents.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;

/** Writes a report's body: sections (listed in the contents), headings, paragraphs, facts, tables and a chart. */
final class ReportWriter {

    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color MUTED_COLOUR = new Color(0x4A, 0x4A, 0x4A);
    static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD, ACCENT);
    static final Font SUBTITLE = new Font(Font.HELVETICA, 15, Font.NORMAL, ACCENT);
    static final Font HEADING = new Font(Font.HELVETICA, 15, Font.BOLD, ACCENT);
    static final Font SUBHEADING = new Font(Font.HELVETICA, 11.5f, Font.BOLD, Color.BLACK);
    static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
    static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, Color.BLACK);
    static final Font COLUMN = new Font(Font.HELVETICA, 9, Font.BOLD, Color.BLACK);
    static final Font QUOTE = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.BLACK);
    static final Font MUTED = new Font(Font.HELVETICA, 9, Font.NORMAL, MUTED_COLOUR);
    static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED_COLOUR);

    private static final float BAR_HEIGHT = 11;
    private static final float ROW_HEIGHT = 18;
    private static final float LABEL_WIDTH = 180;
    private static final float VALUE_WIDTH = 40;

    /** A label and its value, in a list of facts. */
    record Fact(String label, String value) {
    }

    private final Document document;
    private final PdfWriter writer;
    private final TableOfContents sections;

    ReportWriter(Document document, PdfWriter writer, TableOfContents sections) {
        this.document = document;
        this.writer = writer;
        this.sections = sections;
    }

    /** The text with the spaces the standard fonts lack (narrow and thin ones) made ordinary; "" for null. */
    static String printable(String text) {
        return text == null ? "" : text.replace('\u202F', ' ').replace('\u2009', ' ').replace('\u2007', ' ');
    }

    /** A section, listed in the table of contents with the page it starts on. */
    void section(String title) {
        Chunk chunk = new Chunk(printable(title), HEADING);
        chunk.setGenericTag(String.valueOf(sections.add(title)));
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setSpacingBefore(16);
        paragraph.setSpacingAfter(8);
        paragraph.setKeepTogether(true);
        document.add(paragraph);
    }

    void heading(String title) {
        Paragraph paragraph = new Paragraph(printable(title), SUBHEADING);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** A paragraph of text, its line breaks kept; nothing for an empty text. */
    void paragraph(String text) {
        add(text, BODY, 0);
    }

    void muted(String text) {
        add(text, MUTED, 0);
    }

    /** A quotation (its marks included), set off from the text, with who said it below. */
    void quote(String quotation, String attribution) {
        add(quotation, QUOTE, 18);
        Paragraph by = new Paragraph(printable(attribution), MUTED);
        by.setIndentationLeft(18);
        by.setSpacingAfter(6);
        document.add(by);
    }

    /** Labels and values, two columns without borders. */
    void facts(List<Fact> facts) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        for (Fact fact : facts) {
            table.addCell(cell(fact.label(), BOLD, PdfPCell.NO_BORDER, Element.ALIGN_LEFT));
            table.addCell(cell(fact.value(), BODY, PdfPCell.NO_BORDER, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    /** A table whose header row is repeated on each page; the columns after the first are right-aligned figures. */
    void figures(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        for (int i = 0; i < headers.size(); i++) {
            PdfPCell cell = cell(headers.get(i), COLUMN, PdfPCell.BOTTOM, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), BODY, PdfPCell.BOTTOM, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
        }
        document.add(table);
    }

    /** A horizontal bar chart of shares, drawn as vector graphics, with a caption; {@code percent} labels a share. */
    void chart(BarChart chart, String caption, Function<Double, String> percent) {
        float width = document.right() - document.left();
        float scale = width - LABEL_WIDTH - VALUE_WIDTH;
        float height = chart.bars().size() * ROW_HEIGHT + 24;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float axis = 16;
        canvas.setLineWidth(0.4f);
        canvas.setColorStroke(RULE);
        for (Double tick : BarChart.TICKS) {
            float x = LABEL_WIDTH + BarChart.length(tick, scale);
            canvas.moveTo(x, axis);
            canvas.lineTo(x, height);
            canvas.stroke();
            text(canvas, font, 7, percent.apply(tick), x, 4, PdfContentByte.ALIGN_CENTER);
        }
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            float y = height - (i + 1) * ROW_HEIGHT;
            text(canvas, font, 8, fit(font, bar.label(), LABEL_WIDTH - 8), 0, y + 3, PdfContentByte.ALIGN_LEFT);
            float length = BarChart.length(bar.value(), scale);
            if (length > 0) {
                canvas.setColorFill(ACCENT);
                canvas.rectangle(LABEL_WIDTH, y, length, BAR_HEIGHT);
                canvas.fill();
            }
            text(canvas, font, 8, percent.apply(bar.value()), LABEL_WIDTH + length + 4, y + 3, PdfContentByte.ALIGN_LEFT);
        }
        Image image = Image.getInstance(canvas);
        image.setAlt(caption);
        document.add(image);
        Paragraph legend = new Paragraph(printable(caption), MUTED);
        legend.setSpacingAfter(10);
        document.add(legend);
    }

    private static void text(PdfTemplate canvas, BaseFont font, float size, String text, float x, float y, int alignment) {
        canvas.beginText();
        canvas.setColorFill(Color.BLACK);
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, printable(text), x, y, 0);
        canvas.endText();
    }

    /** The label cut with an ellipsis to fit the width. */
    private static String fit(BaseFont font, String label, float width) {
        String text = printable(label);
        if (font.getWidthPoint(text, 8) <= width) {
            return text;
        }
        while (!text.isEmpty() && font.getWidthPoint(text + "…", 8) > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    private void add(String text, Font font, float indentation) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph(printable(text), font);
        paragraph.setIndentationLeft(indentation);
        paragraph.setSpacingAfter(6);
        paragraph.setLeading(font.getSize() * 1.35f);
        document.add(paragraph);
    }

    private static PdfPCell cell(String text, Font font, int border, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
        cell.setBorder(border);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(4);
        return cell;
    }
}
