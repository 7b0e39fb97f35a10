package haven.clocks.cli;

import haven.clocks.Clocks;
import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.platform.web.InvalidInput;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven clocks due --rule PP-02 --from 2025-06-02T10:00 [--jurisdiction WALES]}. */
@Component
@CommandLine.Command(name = "due", description = "What falls due when under a rule, from a start time (London time).")
class DueCommand implements Callable<Integer> {

    private final Clocks clocks;

    @CommandLine.Option(names = "--rule", required = true, description = "The rule id from RULES.md, for example PP-02")
    String rule;

    @CommandLine.Option(names = "--from", required = true, description = "When the clock starts, for example 2025-06-02T10:00")
    String from;

    @CommandLine.Option(names = "--jurisdiction", defaultValue = "ENGLAND", description = "ENGLAND or WALES")
    String jurisdiction;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    DueCommand(Clocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleId id;
        Instant start;
        Jurisdiction j;
        try {
            id = RuleId.of(rule);
            start = LondonTime.parse(from);
            j = Jurisdiction.valueOf(jurisdiction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage().startsWith("No enum") ? "--jurisdiction must be ENGLAND or WALES" : e.getMessage());
            return 2;
        }
        Schedule s;
        try {
            s = clocks.whatIsDue(id, start, j);
        } catch (InvalidInput e) {
            err.println(e.problems().get(0).message());
            return 2;
        }
        out.printf("%s %s (%s)%n", id.code(), id.title(), j.name().charAt(0) + j.name().substring(1).toLowerCase(Locale.ROOT));
        out.printf("%-14s %s%n", "Clock starts:", LondonTime.format(s.start()));
        s.warnings().forEach(w -> out.printf("%-14s %s (%s)%n", "Warning:", LondonTime.format(w.at()), w.label()));
        out.printf("%-14s %s%n", "Due:", s.describeDue());
        s.milestones().forEach(m -> out.printf("%-14s %s (%s: %s)%n", "Then:", m.describeDue(), m.key(), m.label()));
        out.flush();
        return 0;
    }
}
