package haven.clocks.cli;

import haven.clocks.Clocks;
import haven.clocks.StatutoryRule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven clocks rules}: every rule with how it counts under this instance's parameters. */
@Component
@CommandLine.Command(name = "rules", description = "List the time rules and how each is counted here.")
class RulesCommand implements Callable<Integer> {

    private final Clocks clocks;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    RulesCommand(Clocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (StatutoryRule r : clocks.rules().all()) {
            out.printf("%-8s %s%n         %s%n", r.id().code(), r.id().title(), r.summary());
        }
        out.flush();
        return 0;
    }
}
