package haven.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LinkBenchCommandTest {

    @Test
    void measuresAnyCsvGivenAColumnMappingAndATruthColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, """
                id,first,last,born,person
                1,William,Okafor,2013-04-21,a
                2,Bill,Okafor,2013-04-21,a
                3,Amelia,Hughes,2011-02-03,b
                4,Amelia,Hughes,2011-03-02,b
                5,Oscar,Patel,2015-06-02,c
                6,Grace,Patel,2015-06-02,d
                """);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new LinkBenchCommand()).execute("--dataset", "csv", "--csv", csv.toString(),
                    "--id", "id", "--map", "forename=first,surname=last,dateOfBirth=born", "--truth-column", "person");
        } finally {
            System.setOut(original);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(report).contains("people.csv: 6 records, deduplication").contains("precision")
                .contains("recall").contains("F1").contains("comparisons/s").contains("peak heap");
    }
}
