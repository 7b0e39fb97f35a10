package haven.clocks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.IntegrationTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code haven clocks due ...} prints what falls due when. */
class ClocksCommandIntegrationTest extends IntegrationTest {

    @Autowired
    ConfigurableApplicationContext context;

    private String[] run(String... args) {
        CommandLine cli = haven.platform.cli.OperatorConsole.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void printsTheDueTimeOfPoliceProtection() { // PP-02
        String[] result = run("clocks", "due", "--rule", "PP-02", "--from", "2025-06-02T10:00");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("Due:           Thu 5 Jun 2025 10:00").contains("Wed 4 Jun 2025 10:00 (48 h elapsed)");
    }

    @Test
    void printsTheWelshAllegationTimescale() { // AL-01
        String[] result = run("clocks", "due", "--rule", "AL-01", "--from", "2025-06-06T16:00", "--jurisdiction", "WALES");
        assertThat(result[1]).contains("(Wales)").contains("Due:           Sat 7 Jun 2025 16:00");
    }

    @Test
    void refusesAnUnknownRuleWithAClearMessage() {
        String[] result = run("clocks", "due", "--rule", "XX-1", "--from", "2025-06-02T10:00");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).contains("unknown rule id 'XX-1'");
    }
}
