package haven.secureestate.oversight;

import com.lowagie.text.pdf.PdfReader;
import haven.clocks.Rules;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import haven.secureestate.demo.DemoEstate;
import haven.secureestate.demo.DemoEstateGenerator;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.TechniqueCatalogue;
import haven.secureestate.regime.TimeOutOfRoom;
import haven.secureestate.separation.SeparationCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NationalReportTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static DemoEstate demo;
    static RecordsAssembler assembler;

    @BeforeAll
    static void generate() {
        demo = DemoEstateGenerator.generate(NOW, LONDON, 14, 42,
                java.util.stream.LongStream.rangeClosed(1, 400).boxed().toList());
        assembler = new RecordsAssembler(LONDON, new TimeOutOfRoom(LONDON, Rules.standard().roomConfinement()),
                new SeparationCheck(Rules.standard()), TechniqueCatalogue.standard());
    }

    static EstablishmentRecords records(Establishment e, LocalDate from, LocalDate to) {
        var id = e.id();
        return assembler.assemble(e,
                demo.placements().stream().filter(p -> p.establishmentId().equals(id)).toList(),
                demo.movements().stream().filter(m -> id.equals(demo.establishmentOfMovement().get(m.childPersonId()))).toList(),
                demo.usesOfForce().stream().filter(x -> x.establishmentId().equals(id)).toList(),
                demo.searches().stream().filter(x -> x.establishmentId().equals(id)).toList(),
                demo.separations().stream().filter(x -> x.establishmentId().equals(id)).toList(),
                demo.staffing().stream().filter(s -> e.unit(s.unitId()).isPresent()).toList(),
                demo.education().stream().filter(x -> x.establishmentId().equals(id)).toList(),
                demo.doses().stream().filter(x -> x.establishmentId().equals(id)).toList(),
                demo.appointments().stream().filter(x -> x.establishmentId().equals(id)).toList(),
                at -> (int) demo.allegations().stream().filter(a -> id.equals(a.establishmentId()))
                        .filter(a -> !a.receivedAt().isAfter(at))
                        .filter(a -> a.concludedAt() == null || a.concludedAt().isAfter(at)).count(),
                from, to, NOW);
    }

    static List<PeriodMeasures> weekly(Establishment e, int weeks) {
        var calc = new MeasuresCalculator(LONDON);
        LocalDate end = LocalDate.ofInstant(NOW, LONDON);
        var r = records(e, end.minusWeeks(weeks), end);
        List<PeriodMeasures> out = new ArrayList<>();
        for (int w = weeks; w > 0; w--) {
            out.add(calc.measure(r, end.minusWeeks(w), end.minusWeeks(w - 1)));
        }
        return out;
    }

    static List<PeriodMeasures> monthly() {
        var calc = new MeasuresCalculator(LONDON);
        List<PeriodMeasures> out = new ArrayList<>();
        LocalDate firstMonth = LocalDate.of(2025, 12, 1);
        for (Establishment e : demo.establishments()) {
            var r = records(e, firstMonth, LocalDate.of(2026, 3, 1));
            for (LocalDate m = firstMonth; m.isBefore(LocalDate.of(2026, 3, 1)); m = m.plusMonths(1)) {
                out.add(calc.measure(r, m, m.plusMonths(1)));
            }
        }
        return out;
    }

    @Test
    void theDeterioratingCentreShowsMoreForceLessTimeOutOfRoomAndUrgentSignals() {
        Establishment hollins = demo.establishments().get(1);
        List<PeriodMeasures> weeks = weekly(hollins, 10);
        PeriodMeasures first = weeks.get(0);
        PeriodMeasures last = weeks.get(weeks.size() - 1);

        assertThat(last.useOfForcePer100Children()).isGreaterThan(first.useOfForcePer100Children());
        assertThat(last.hoursOutOfRoomMedian()).isLessThan(first.hoursOutOfRoomMedian());
        assertThat(last.singleStaffedShifts()).isGreaterThan(first.singleStaffedShifts());
        assertThat(InspectorateSignals.read(weeks)).anyMatch(s -> s.severity() == InspectorateSignal.Severity.URGENT);
    }

    @Test
    void theSteadyHomeRaisesNoUrgentSignalForTimeOutOfRoom() { // SE-08
        List<PeriodMeasures> weeks = weekly(demo.establishments().get(0), 6);
        assertThat(weeks.get(weeks.size() - 1).daysConfined22Hours()).isZero();
        assertThat(weeks.get(weeks.size() - 1).hoursOutOfRoomMedian()).isGreaterThan(8);
    }

    @Test
    void writesOneCsvRowPerEstablishmentPerMonth() {
        var out = new StringWriter();
        NationalReportCsv.write(monthly(), out);
        String[] lines = out.toString().split("\r\n");

        assertThat(lines[0]).startsWith("establishment,type,month,average_children");
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(out.toString()).doesNotContain("HL-0").doesNotContain("FS-0");
    }

    @Test
    void publicPdfCarriesChartsAndFiguresButNoChildReference() throws Exception { // SE-07
        List<PeriodMeasures> rows = monthly();
        List<ChildAnnexRow> annex = demo.placements().stream().limit(3)
                .map((Placement p) -> new ChildAnnexRow("Hollins", p.childReference(), 4, 1, 1, 2)).toList();

        byte[] publicPdf = NationalReportPdf.render(rows, annex, true, NOW, LONDON);
        byte[] restricted = NationalReportPdf.render(rows, annex, false, NOW, LONDON);
        Path target = Path.of("target", "national-report");
        Files.createDirectories(target);
        Files.write(target.resolve("national-report-public.pdf"), publicPdf);
        Files.write(target.resolve("national-report-restricted.pdf"), restricted);

        assertThat(new String(publicPdf, 0, 5)).isEqualTo("%PDF-");
        String publicText = text(publicPdf);
        String restrictedText = text(restricted);
        assertThat(publicText).contains("Hollins Park Secure Training Centre").contains("identifies no child");
        assertThat(publicText).doesNotContain(annex.get(0).childReference());
        assertThat(restrictedText).contains(annex.get(0).childReference());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                sb.append(extractor.getTextFromPage(i)).append('\n');
            }
            return sb.toString();
        }
    }
}
