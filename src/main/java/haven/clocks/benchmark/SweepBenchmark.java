package haven.clocks.benchmark;

import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.register.Alert;
import haven.clocks.register.Deadline;
import haven.clocks.register.EscalationChain;
import haven.clocks.register.Sweep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times one sweep over many open deadlines held in memory: which warnings, breaches and escalation steps are due.
 * Usage: {@code java -cp target/classes:<deps> haven.clocks.benchmark.SweepBenchmark [count] [passes]}.
 */
public final class SweepBenchmark {

    private static final RuleId[] MIX = {RuleId.PP_02, RuleId.CP_01, RuleId.M_04, RuleId.PACE_06, RuleId.CP_05,
            RuleId.SO_02, RuleId.AL_01, RuleId.DA_06};

    private SweepBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Instant now = Instant.parse("2026-06-15T10:00:00Z");
        long built = System.nanoTime();
        List<Deadline> deadlines = openDeadlines(count, now);
        System.out.printf("built %,d open deadlines from the rules in %d ms%n", count, (System.nanoTime() - built) / 1_000_000);

        Sweep sweep = new Sweep(EscalationChain.defaults());
        long best = Long.MAX_VALUE;
        List<Alert> alerts = List.of();
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            alerts = sweep.run(deadlines, now);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            System.out.printf("pass %d: %,d alerts in %d ms%n", pass, alerts.size(), ms);
        }
        long warnings = alerts.stream().filter(a -> a instanceof Alert.WarningReached).count();
        long breaches = alerts.stream().filter(a -> a instanceof Alert.BreachReached).count();
        long escalations = alerts.stream().filter(a -> a instanceof Alert.EscalationReached).count();
        System.out.printf("result: %,d deadlines, %,d warnings, %,d breaches, %,d escalation steps; best pass %d ms on %d cores%n",
                count, warnings, breaches, escalations, best, Runtime.getRuntime().availableProcessors());
    }

    /** Deadlines under a mix of rules, started up to 10 days before {@code now}, so some are warned or breached. */
    static List<Deadline> openDeadlines(int count, Instant now) {
        Rules rules = Rules.standard();
        SplittableRandom random = new SplittableRandom(42);
        List<Deadline> deadlines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RuleId rule = MIX[i % MIX.length];
            Instant start = now.minus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
            Jurisdiction j = random.nextInt(5) == 0 ? Jurisdiction.WALES : Jurisdiction.ENGLAND;
            deadlines.add(Deadline.open(i + 1L, rules.schedule(rule, start, j)));
        }
        return deadlines;
    }
}
