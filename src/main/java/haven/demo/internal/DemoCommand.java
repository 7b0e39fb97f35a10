package haven.demo.internal;

import haven.platform.cli.OperatorCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven demo --size area}: loads a demo area of the given size with progress. */
@Component
@CommandLine.Command(name = "demo", description = "Load the fictional demo area (small, area or national) into an empty database.")
class DemoCommand implements OperatorCommand {
    private final DemoAreaLoader loader;

    @CommandLine.Option(names = "--size", defaultValue = "small", description = "small, area (about 600,000 residents) or national")
    String size;

    DemoCommand(DemoAreaLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        int total = DemoAreaLoader.households(size);
        long started = System.nanoTime();
        loader.load(size, done -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("\r%,d of %,d households (%d%%), %.0f s", done, total, done * 100L / total, seconds);
        });
        System.out.println();
        return 0;
    }
}
