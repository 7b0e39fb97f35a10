package haven.demo.internal;

import haven.platform.cli.OperatorCommand;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * {@code haven demo-extract --rows 500000 --out extract.csv}: writes a fictional health
 * extract (one row per resident, with address) in the import format, for import
 * benchmarks. Needs no database.
 */
@Component
@CommandLine.Command(name = "demo-extract", description = "Write a fictional agency extract in the import format (for benchmarks).")
class ExtractCommand implements OperatorCommand {
    @CommandLine.Option(names = "--rows", defaultValue = "100000")
    int rows;
    @CommandLine.Option(names = "--out", required = true)
    Path out;
    @CommandLine.Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() throws Exception {
        var population = new Population(seed, LocalDate.of(2026, 11, 30));
        int written = 0;
        long household = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("source_system", "source_id", "given_names",
                     "family_name", "date_of_birth", "sex", "nhs_number", "lawful_basis", "address_line", "town", "postcode",
                     "area_code").get())) {
            while (written < rows) {
                var hh = population.household(household++, 0);
                var everyone = new java.util.ArrayList<>(hh.adults());
                everyone.addAll(hh.children());
                for (var r : everyone) {
                    if (written == rows) {
                        break;
                    }
                    csv.printRecord("Extract", "X" + seed + "-" + r.key(), r.given(), r.family(), r.dob(), r.sex().name().charAt(0),
                            r.nhs(), "Health and Social Care Act 2012 s251B", hh.address(), hh.town(), hh.postcode(),
                            haven.platform.demo.DemoArea.LOCAL_AUTHORITIES.get(hh.authority()));
                    written++;
                }
            }
        }
        System.out.printf("Wrote %,d rows to %s%n", written, out);
        return 0;
    }
}
