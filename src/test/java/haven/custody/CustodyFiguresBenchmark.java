package haven.custody;

import haven.custody.internal.MonthlyChart;
import haven.custody.rules.CustodyFigures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times the custody dashboard's figures and chart over a large number of records (not a test: run by hand, see
 * docs/custody.md). Usage: {@code CustodyFiguresBenchmark <records> <rounds>}.
 */
public final class CustodyFiguresBenchmark {

    private CustodyFiguresBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Random r = new Random(7);
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        String[] suites = {"NMC-CEN", "NMC-NGT", "NMC-RVS", "GWP-NEW", "GWP-YST"};
        List<CustodySummary> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant arrived = now.minus(Duration.ofMinutes(60 + r.nextInt(60 * 24 * 365)));
            boolean open = r.nextInt(200) == 0;
            Instant closed = open ? null : arrived.plus(Duration.ofMinutes(120 + r.nextInt(60 * 40)));
            Instant asked = arrived.plus(Duration.ofMinutes(20));
            rows.add(new CustodySummary(i, "CN-" + i, i, suites[i % suites.length], 12 + r.nextInt(6),
                    ArrestKind.OFFENCE, arrived, closed, open ? null : CustodyOutcome.BAILED, r.nextInt(5) != 0, asked,
                    asked.plus(Duration.ofMinutes(30 + r.nextInt(600))), r.nextBoolean(), r.nextInt(8) == 0,
                    r.nextInt(8) == 0, r.nextInt(12) == 0, r.nextBoolean() ? DetentionPlace.CELL : DetentionPlace.DETENTION_ROOM,
                    r.nextInt(10) == 0, r.nextInt(50) == 0));
        }
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            CustodyFigures f = CustodyFigures.of(rows, now, Duration.ofHours(2));
            long t1 = System.nanoTime();
            String svg = MonthlyChart.svg("Children detained", f.months(), CustodyFigures.SuiteMonth::children, "children");
            long t2 = System.nanoTime();
            System.out.printf("round %d: %d records, figures %.1f ms, chart %.2f ms (%d suite-months, %d bytes of SVG)%n",
                    round, n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, f.months().size(), svg.length());
        }
    }
}
