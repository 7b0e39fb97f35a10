package haven.secureestate.oversight;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The national report as PDF: charts of each measure by establishment and month, then the figures as tables.
 * The public version identifies no child: it carries aggregates only and never the restricted annex.
 */
public final class NationalReportPdf {

    private static final Color[] PALETTE = {new Color(0x1d70b8), new Color(0xd4351c), new Color(0x00703c),
            new Color(0xf47738), new Color(0x4c2c92), new Color(0x505a5f)};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");

    private NationalReportPdf() {
    }

    /**
     * @param annex rows for the restricted version; ignored (and never printed) when {@code publicVersion}
     */
    public static byte[] render(List<PeriodMeasures> rows, List<ChildAnnexRow> annex, boolean publicVersion,
                                Instant generatedAt, ZoneId zone) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Secure estate national report");
        doc.open();
        try {
            Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            doc.add(new Paragraph("Secure estate national report" + (publicVersion ? " (public version)" : " (restricted)"), h1));
            doc.add(new Paragraph("Use of force, searches, separation, time out of room, staffing, health and allegations, "
                    + "per establishment per month. Generated " + STAMP.format(generatedAt.atZone(zone)) + " (UK time). "
                    + (publicVersion ? "This version identifies no child." : "Restricted: the annex identifies children by establishment reference."),
                    small));
            doc.add(Chunk.NEWLINE);

            PdfPTable charts = new PdfPTable(3);
            charts.setWidthPercentage(100);
            addChart(charts, rows, "Use of force per 100 children", PeriodMeasures::useOfForcePer100Children);
            addChart(charts, rows, "Pain-inducing techniques", PeriodMeasures::painInducing);
            addChart(charts, rows, "Restraints injuring a child (SE-07)", PeriodMeasures::childInjuries);
            addChart(charts, rows, "Strip searches (SE-07)", PeriodMeasures::stripSearches);
            addChart(charts, rows, "Median hours out of room per child-day", PeriodMeasures::hoursOutOfRoomMedian);
            addChart(charts, rows, "Single-staffed shifts", PeriodMeasures::singleStaffedShifts);
            doc.add(charts);

            doc.newPage();
            Paragraph figures = new Paragraph("Figures by establishment and month", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13));
            figures.setSpacingAfter(8);
            doc.add(figures);
            doc.add(table(rows));
            if (!publicVersion && annex != null && !annex.isEmpty()) {
                doc.newPage();
                doc.add(new Paragraph("Restricted annex: children most often restrained or strip-searched",
                        FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
                doc.add(annexTable(annex));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void addChart(PdfPTable grid, List<PeriodMeasures> rows, String title,
                                 ToDoubleFunction<PeriodMeasures> measure) throws IOException {
        var data = new DefaultCategoryDataset();
        Map<String, Map<String, Double>> byEstablishment = new TreeMap<>();
        var months = new TreeSet<String>();
        for (PeriodMeasures m : rows) {
            String month = m.from().toString().substring(0, 7);
            months.add(month);
            byEstablishment.computeIfAbsent(m.establishment(), k -> new TreeMap<>()).put(month, measure.applyAsDouble(m));
        }
        byEstablishment.forEach((est, values) -> months.forEach(mo -> data.addValue(values.getOrDefault(mo, 0.0), est, mo)));
        JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getTitle().setFont(new java.awt.Font("SansSerif", java.awt.Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        var axis = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(1.0);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
        var renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < byEstablishment.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        var image = Image.getInstance(chart.createBufferedImage(520, 340), null);
        PdfPCell cell = new PdfPCell(image, true);
        cell.setBorder(0);
        cell.setPadding(4);
        grid.addCell(cell);
    }

    private static PdfPTable table(List<PeriodMeasures> rows) {
        String[] head = {"Establishment", "Month", "Children", "Force", "Per 100", "Pain", "Face-down", "Injuries",
                "Strip", "Separations", "Sep. breaches", "Median h out", "Days 22h+", "Short shifts",
                "Single-staffed", "Locked class", "Missed doses", "Missed appts", "Open allegations"};
        PdfPTable t = new PdfPTable(head.length);
        t.setWidthPercentage(100);
        float[] widths = new float[head.length];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 4.5f;
        widths[1] = 1.4f;
        t.setWidths(widths);
        t.setHeaderRows(1);
        Font hf = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        Font cf = FontFactory.getFont(FontFactory.HELVETICA, 7);
        for (String h : head) {
            PdfPCell c = new PdfPCell(new Phrase(h, hf));
            c.setBackgroundColor(new Color(0xf3f2f1));
            t.addCell(c);
        }
        for (PeriodMeasures m : rows) {
            Object[] v = {m.establishment(), m.from().toString().substring(0, 7), m.averageChildren(), m.useOfForce(),
                    m.useOfForcePer100Children(), m.painInducing(), m.faceDown(), m.childInjuries(), m.stripSearches(),
                    m.separations(), m.separationBreaches(), m.hoursOutOfRoomMedian(), m.daysConfined22Hours(),
                    m.shiftsShortOfPlan(), m.singleStaffedShifts(), m.lockedClassroomIncidents(), m.missedDoses(),
                    m.lostAppointments(), m.openAllegations()};
            for (int i = 0; i < v.length; i++) {
                PdfPCell c = new PdfPCell(new Phrase(String.valueOf(v[i]), cf));
                if (i > 1) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        return t;
    }

    private static PdfPTable annexTable(List<ChildAnnexRow> annex) {
        PdfPTable t = new PdfPTable(6);
        t.setWidthPercentage(80);
        Font f = FontFactory.getFont(FontFactory.HELVETICA, 8);
        for (String h : new String[] {"Establishment", "Child reference", "Use of force", "Injuries", "Pain-inducing", "Strip searches"}) {
            t.addCell(new Phrase(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8)));
        }
        for (ChildAnnexRow r : annex) {
            for (Object v : new Object[] {r.establishment(), r.childReference(), r.useOfForce(), r.injuries(),
                    r.painInducing(), r.stripSearches()}) {
                t.addCell(new Phrase(String.valueOf(v), f));
            }
        }
        return t;
    }
}
