package haven.secureestate.cli;

import haven.platform.cli.OperatorCommand;
import haven.secureestate.oversight.OversightService;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code haven secure-estate-report}: writes the national report (CSV and PDF) to files, for the monitor's publication. */
@Component
@CommandLine.Command(name = "secure-estate-report",
        description = "Write the secure estate national report as CSV and PDF (public version unless --restricted).")
class NationalReportCommand implements OperatorCommand {

    private final OversightService oversight;

    @CommandLine.Option(names = "--months", defaultValue = "6", description = "Months to cover, the current one to date")
    int months;

    @CommandLine.Option(names = "--out", defaultValue = "secure-estate-report", description = "File name without extension")
    String out;

    @CommandLine.Option(names = "--restricted", description = "Include the annex naming children by establishment reference")
    boolean restricted;

    NationalReportCommand(OversightService oversight) {
        this.oversight = oversight;
    }

    @Override
    public Integer call() throws Exception {
        if (months < 1 || months > 24) {
            System.err.println("--months must be between 1 and 24");
            return 2;
        }
        Files.writeString(Path.of(out + ".csv"), oversight.nationalCsv(months));
        Files.write(Path.of(out + ".pdf"), oversight.nationalPdf(months, !restricted));
        System.out.println("Wrote " + out + ".csv and " + out + ".pdf (" + (restricted ? "restricted" : "public") + " version).");
        return 0;
    }
}
