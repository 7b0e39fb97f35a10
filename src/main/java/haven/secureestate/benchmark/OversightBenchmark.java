package haven.secureestate.benchmark;

import haven.clocks.Rules;
import haven.secureestate.demo.DemoEstate;
import haven.secureestate.demo.DemoEstateGenerator;
import haven.secureestate.estate.Establishment;
import haven.secureestate.force.TechniqueCatalogue;
import haven.secureestate.oversight.EstablishmentRecords;
import haven.secureestate.oversight.MeasuresCalculator;
import haven.secureestate.oversight.NationalReportPdf;
import haven.secureestate.oversight.PeriodMeasures;
import haven.secureestate.oversight.RecordsAssembler;
import haven.secureestate.regime.TimeOutOfRoom;
import haven.secureestate.separation.SeparationCheck;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Times the oversight calculations in memory for an estate of {@code 2 x pairs} establishments with 14 weeks of
 * generated records each: assembling (time out of room per child-day, separation checks), six monthly measures per
 * establishment, and rendering the national report PDF. Usage: {@code OversightBenchmark <pairs>}.
 */
public final class OversightBenchmark {

    private OversightBenchmark() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ZoneId london = ZoneId.of("Europe/London");
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        Rules rules = Rules.standard();
        var assembler = new RecordsAssembler(london, new TimeOutOfRoom(london, rules.roomConfinement()),
                new SeparationCheck(rules), TechniqueCatalogue.standard());
        var calculator = new MeasuresCalculator(london);

        long t0 = System.nanoTime();
        List<DemoEstate> estates = new ArrayList<>();
        long records = 0;
        for (int i = 0; i < pairs; i++) {
            var children = LongStream.rangeClosed(i * 1000L + 1, i * 1000L + 500).boxed().toList();
            DemoEstate d = DemoEstateGenerator.generate(now, london, 14, 1000 + i, children);
            estates.add(d);
            records += d.movements().size() + d.usesOfForce().size() + d.searches().size() + d.separations().size()
                    + d.staffing().size() + d.education().size() + d.doses().size() + d.appointments().size();
        }
        long t1 = System.nanoTime();
        List<PeriodMeasures> rows = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 12, 1);
        LocalDate to = LocalDate.of(2026, 3, 1);
        for (DemoEstate d : estates) {
            for (Establishment e : d.establishments()) {
                EstablishmentRecords r = assembler.assemble(e,
                        d.placements().stream().filter(p -> p.establishmentId().equals(e.id())).toList(),
                        d.movements().stream().filter(m -> e.id().equals(d.establishmentOfMovement().get(m.childPersonId()))).toList(),
                        d.usesOfForce().stream().filter(x -> x.establishmentId().equals(e.id())).toList(),
                        d.searches().stream().filter(x -> x.establishmentId().equals(e.id())).toList(),
                        d.separations().stream().filter(x -> x.establishmentId().equals(e.id())).toList(),
                        d.staffing().stream().filter(s -> e.unit(s.unitId()).isPresent()).toList(),
                        d.education().stream().filter(x -> x.establishmentId().equals(e.id())).toList(),
                        d.doses().stream().filter(x -> x.establishmentId().equals(e.id())).toList(),
                        d.appointments().stream().filter(x -> x.establishmentId().equals(e.id())).toList(),
                        at -> 0, from, to, now);
                for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
                    rows.add(calculator.measure(r, m, m.plusMonths(1)));
                }
            }
        }
        long t2 = System.nanoTime();
        byte[] pdf = NationalReportPdf.render(rows, List.of(), true, now, london);
        long t3 = System.nanoTime();
        System.out.printf("establishments=%d records=%d generate=%dms assemble+measure=%dms (%d rows) pdf=%dms (%d bytes)%n",
                pairs * 2, records, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, rows.size(), (t3 - t2) / 1_000_000, pdf.length);
    }
}
