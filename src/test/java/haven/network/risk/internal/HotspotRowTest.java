package haven.network.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A hotspot names a place where children at risk are seen: its address never reaches a log through toString. */
class HotspotRowTest {
    @Test
    void printsTheLocationIdAndNotTheAddress() {
        var row = new RiskQueries.HotspotRow(42, "14 Beech Grove, LS6 2AB", "LA-ASH", 3, 2, 1, 1,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1));
        assertThat(row.toString()).contains("42").doesNotContain("Beech").doesNotContain("LS6");
    }
}
