package haven.intake.internal;

import haven.access.Users;
import haven.intake.Intake;
import haven.platform.cli.OperatorCommand;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** {@code haven import --agency NMC --format csv extract.csv}: imports an extract with progress and prints the report. */
@Component
@CommandLine.Command(name = "import", description = "Import an agency extract (CSV or JSON) and print the per-row report.")
class ImportCommand implements OperatorCommand {
    /** How long the command waits for the checks the import set off before leaving them to the next start. */
    private static final Duration FOLLOW_UP_WAIT = Duration.ofMinutes(10);

    private final Intake intake;
    private final Users users;
    private final Clock clock;
    private final JdbcClient jdbc;

    @CommandLine.Option(names = "--agency", required = true, description = "The code of the agency whose extract this is")
    String agency;

    @CommandLine.Option(names = "--format", description = "csv or json (default: from the file name)")
    String format;

    @CommandLine.Parameters(index = "0", description = "The extract file")
    Path file;

    ImportCommand(Intake intake, Users users, Clock clock, JdbcClient jdbc) {
        this.intake = intake;
        this.users = users;
        this.clock = clock;
        this.jdbc = jdbc;
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
        Instant since = clock.instant();
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
            awaitFollowUps(since.minusSeconds(1));
            return report.rejected() == 0 ? 0 : 1;
        }
    }

    /**
     * Waits for the work the import's events set off (the co-location checks after new links),
     * so the command does not end while they run and leave them failed on a closed pool.
     */
    private void awaitFollowUps(Instant since) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + FOLLOW_UP_WAIT.toNanos();
        boolean told = false;
        while (true) {
            // the event publication registry's own table: a publication is done once it has a completion date
            long pending = jdbc.sql("""
                    select count(*) from event_publication
                    where completion_date is null and publication_date >= :since and coalesce(status, '') <> 'FAILED'""")
                    .param("since", java.sql.Timestamp.from(since)).query(Long.class).single();
            if (pending == 0) {
                if (told) {
                    System.out.printf("Follow-up checks finished after %.1f s%n", (System.nanoTime() - started) / 1e9);
                }
                return;
            }
            if (!told) {
                System.out.printf("Waiting for %d follow-up checks (co-location alerts) to finish%n", pending);
                told = true;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf("%d follow-up checks still running; they are kept and run again at the next start%n", pending);
                return;
            }
            Thread.sleep(500);
        }
    }
}
