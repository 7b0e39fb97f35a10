package haven.identity.internal;

import haven.identity.linkage.bench.LinkageBenchmark;
import haven.platform.cli.OperatorCommand;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven link-bench}: the linkage benchmark (see docs/identity.md); options are passed through. */
@Component
@CommandLine.Command(name = "link-bench", description = "Measure the linkage engine on FEBRL, fake_1000, a CSV or a synthetic population.")
class LinkBenchCommand implements OperatorCommand {

    @CommandLine.Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LinkageBenchmark.main(options.toArray(String[]::new));
        return 0;
    }
}
