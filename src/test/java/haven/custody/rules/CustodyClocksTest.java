package haven.custody.rules;

import haven.clocks.Rules;
import haven.custody.ArrestKind;
import haven.custody.ClockReading;
import haven.custody.CustodyRecordView;
import haven.custody.Rank;
import haven.custody.RecordDetentionExtension.ExtensionKind;
import haven.custody.Sex;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyClocksTest {

    private final CustodyClocks clocks = new CustodyClocks(Rules.standard());
    private static final Instant ARRIVED = Instant.parse("2025-06-02T09:00:00Z");
    private static final Instant AUTHORISED = ARRIVED.plusSeconds(1800);

    static CustodyRecordView record(ArrestKind kind, List<CustodyRecordView.Review> reviews,
                                    List<CustodyRecordView.Extension> extensions) {
        return new CustodyRecordView(1, 7, "CN-1", "Newport Central", "WALES", Sex.MALE, 15, true, kind, "Robbery", true,
                true, ARRIVED, AUTHORISED, "PS 1", null, null, null, reviews, extensions, List.of(), List.of(), null,
                List.of(), List.of(), null, List.of());
    }

    private static ClockReading rule(List<ClockReading> rs, String id) {
        return rs.stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void duesTheFirstReviewSixHoursAfterDetentionWasAuthorised() { // PACE-05
        ClockReading r = rule(clocks.readings(record(ArrestKind.OFFENCE, List.of(), List.of()), ARRIVED), "PACE-05");
        assertThat(r.due()).isEqualTo(AUTHORISED.plusSeconds(6 * 3600));
    }

    @Test
    void aPostponedReviewDoesNotMoveTheNextOne() { // PACE-05
        var postponed = new CustodyRecordView.Review(AUTHORISED.plusSeconds(5 * 3600), "Insp 2", Rank.INSPECTOR, true,
                "child asleep");
        var held = new CustodyRecordView.Review(AUTHORISED.plusSeconds(6 * 3600), "Insp 2", Rank.INSPECTOR, false,
                "evidence being secured");
        assertThat(clocks.nextReviewDue(record(ArrestKind.OFFENCE, List.of(postponed), List.of())))
                .isEqualTo(AUTHORISED.plusSeconds(6 * 3600));
        assertThat(clocks.nextReviewDue(record(ArrestKind.OFFENCE, List.of(postponed, held), List.of())))
                .isEqualTo(AUTHORISED.plusSeconds(15 * 3600));
    }

    @Test
    void runsTheDetentionClockFromArrivalForTwentyFourHoursOrThirtySixWhenExtended() { // PACE-06, C-06
        assertThat(rule(clocks.readings(record(ArrestKind.OFFENCE, List.of(), List.of()), ARRIVED), "PACE-06").due())
                .isEqualTo(ARRIVED.plusSeconds(24 * 3600));
        var ext = new CustodyRecordView.Extension(ExtensionKind.SUPERINTENDENT, ARRIVED.plusSeconds(20 * 3600), "Supt",
                36, "x");
        assertThat(rule(clocks.readings(record(ArrestKind.OFFENCE, List.of(), List.of(ext)), ARRIVED), "PACE-06").due())
                .isEqualTo(ARRIVED.plusSeconds(36 * 3600));
    }

    @Test
    void showsDetentionWithoutChargeOverdueAfterTheLimit() { // PACE-06
        ClockReading r = rule(clocks.readings(record(ArrestKind.OFFENCE, List.of(), List.of()),
                ARRIVED.plusSeconds(53 * 3600)), "PACE-06");
        assertThat(r.status()).isEqualTo("overdue");
    }

    @Test
    void givesABailBreachArrestOnlyTheCourtClock() { // PACE-11
        List<ClockReading> rs = clocks.readings(record(ArrestKind.BREACH_OF_BAIL, List.of(), List.of()), ARRIVED);
        assertThat(rs).extracting(ClockReading::rule).containsExactly("PACE-11");
        assertThat(rs.get(0).due()).isEqualTo(ARRIVED.plusSeconds(24 * 3600)); // a Monday: no uncounted day
    }
}
