package haven.intake.internal;

import haven.access.Users;
import haven.intake.Intake;
import haven.platform.cli.OperatorCommand;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven import --agency NMC --format csv extract.csv}: imports an extract with progress and prints the report. */
@Component
@CommandLine.Command(name = "import", description = "Import an agency extract (CSV or JSON) and print the per-row report.")
class ImportCommand implements OperatorCommand {
    private final Intake intake;
    private final Users users;

    @CommandLine.Option(names = "--agency", required = true, description = "The code of the agency whose extract this is")
    String agency;

    @CommandLine.Option(names = "--format", description = "csv or json (default: from the file name)")
    String format;

    @CommandLine.Parameters(index = "0", description = "The extract file")
    Path file;

    ImportCommand(Intake intake, Users users) {
        this.intake = intake;
        this.users = users;
    }

    @Override
    public Integer call() throws Exception {
        var found = users.agency(agency);
        if (found.isEmpty()) {
            System.err.println("No agency has the code " + agency);
            return 2;
        }
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 2;
        }
        String fmt = format != null ? format : file.toString().toLowerCase().endsWith(".json") ? "json" : "csv";
        long started = System.nanoTime();
        try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            var report = intake.importFile(found.get().id(), file.getFileName().toString(), fmt, in, "operator",
                    rows -> System.out.printf("\r%,d rows read (%.0f rows/s)", rows, rows / ((System.nanoTime() - started) / 1e9)));
            System.out.println();
            System.out.printf("Import %d of %s: %,d rows; %,d created, %,d updated, %,d unchanged, %,d rejected; %.1f s (%,.0f rows/s)%n",
                    report.runId(), report.fileName(), report.total(), report.created(), report.updated(), report.unchanged(),
                    report.rejected(), report.seconds(), report.rowsPerSecond());
            report.rejections().stream().limit(200).forEach(r ->
                    System.out.printf("  row %d, %s: %s%n", r.row(), r.field(), r.message()));
            if (report.rejections().size() > 200) {
                System.out.printf("  ... and %d more (see GET /api/v1/imports/%d)%n", report.rejections().size() - 200, report.runId());
            }
            return report.rejected() == 0 ? 0 : 1;
        }
    }
}
