package haven.clocks.cli;

import haven.platform.cli.OperatorCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven clocks ...}: the statutory clocks for operators and trainers. */
@Component
@CommandLine.Command(name = "clocks", description = "Statutory clocks: what falls due when, and the rules.",
        subcommands = {DueCommand.class, RulesCommand.class})
class ClocksCommand implements OperatorCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
