package haven.custody.rules;

import haven.custody.ArrestKind;
import haven.custody.CustodyOutcome;
import haven.custody.CustodySummary;
import haven.custody.DetentionPlace;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CustodyFiguresTest {

    private static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");

    private static CustodySummary row(long id, String suite, Instant arrived, Instant closed, boolean referred,
                                      Instant aaAsked, Instant aaArrived, boolean ya, boolean asked, boolean achieved) {
        return new CustodySummary(id, "CN-" + id, id, suite, 15, ArrestKind.OFFENCE, arrived, closed,
                closed == null ? null : (achieved ? CustodyOutcome.TRANSFERRED_TO_LOCAL_AUTHORITY : CustodyOutcome.BAILED),
                referred, aaAsked, aaArrived, ya, asked, asked, achieved, DetentionPlace.CELL, false, false);
    }

    @Test
    void countsDetentionAppropriateAdultDelayAndReferralsFromTheRecords() {
        Instant a = Instant.parse("2025-05-01T09:00:00Z");
        Instant b = Instant.parse("2025-06-01T09:00:00Z");
        List<CustodySummary> rows = List.of(
                row(1, "Newport Central", a, a.plus(Duration.ofHours(53)), false, a, a.plus(Duration.ofHours(7)), false,
                        true, false),
                row(2, "Newport Central", b, b.plus(Duration.ofHours(5)), true, b, b.plus(Duration.ofMinutes(60)), true,
                        false, false),
                row(3, "Ystrad Mynach", NOW.minus(Duration.ofHours(3)), null, false, null, null, false, false, false));
        CustodyFigures f = CustodyFigures.of(rows, NOW, Duration.ofHours(2));
        assertThat(f.children()).isEqualTo(3);
        assertThat(f.inCustodyNow()).isEqualTo(1);
        assertThat(f.longestDetentionHours()).isEqualTo(53.0);
        assertThat(f.averageDetentionHours()).isCloseTo((53 + 5 + 3) / 3.0, within(0.001));
        assertThat(f.averageAaDelayMinutes()).isEqualTo((420 + 60) / 2.0);
        assertThat(f.aaLate()).isEqualTo(1);
        assertThat(f.referralRatePercent()).isEqualTo(50.0);
        assertThat(f.youthAssessmentsDone()).isEqualTo(1);
        assertThat(f.transfersRequested()).isEqualTo(1);
        assertThat(f.transfersAchieved()).isZero();
        assertThat(f.months()).extracting(CustodyFigures.SuiteMonth::month)
                .containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 6));
    }
}
