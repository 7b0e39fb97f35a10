package haven.clocks.rules;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecureEstateRulesTest {

    private final Rules rules = Rules.standard();

    @Test
    void restraintRecordedIn24HoursSignedIn48AndChildSpokenToWithin5Days() { // SE-03
        Schedule s = Rules.byId("SE-03").scheduleFrom(london("2025-06-02T22:15"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-03T22:15"));
        assertThat(s.milestone("manager").orElseThrow().due()).isEqualTo(london("2025-06-04T22:15"));
        assertThat(s.milestone("child").orElseThrow().describeDue()).isEqualTo("end of Sat 7 Jun 2025");
    }

    @Test
    void separationEndsWithinThreeHoursAndIsObservedEvery15Minutes() { // SE-04
        Schedule s = Rules.byId("SE-04").scheduleFrom(london("2025-06-02T14:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-02T17:00"));
        assertThat(s.milestone("observation").orElseThrow().due()).isEqualTo(london("2025-06-02T14:15"));
    }

    @Test
    void separationReachesItsLimitSoonerAfterEarlierSeparationsTheSameDay() { // SE-04
        SeparationLimits se04 = rules.separationLimits();
        List<SeparationLimits.Separation> earlier = List.of(
                new SeparationLimits.Separation(london("2025-06-02T08:00"), london("2025-06-02T10:00")));
        assertThat(se04.limitReachedAt(earlier, london("2025-06-02T14:00"))).isEqualTo(london("2025-06-02T15:00"));
    }

    @Test
    void separationsMoreThan24HoursAgoDoNotCount() { // SE-04
        SeparationLimits se04 = rules.separationLimits();
        List<SeparationLimits.Separation> earlier = List.of(
                new SeparationLimits.Separation(london("2025-06-01T12:00"), london("2025-06-01T14:00")));
        // at 14:00 on 2 June the window reaches back to 14:00 on 1 June, so the earlier separation has left it
        assertThat(se04.limitReachedAt(earlier, london("2025-06-02T14:00"))).isEqualTo(london("2025-06-02T17:00"));
        // starting at 12:30 the earlier separation is partly inside the window but slides out exactly as fast as the
        // current one grows, so the continuous limit comes first
        assertThat(se04.limitReachedAt(earlier, london("2025-06-02T12:30"))).isEqualTo(london("2025-06-02T15:30"));
        // an evening separation the day before stays wholly inside the window: 2 h + 1 h
        List<SeparationLimits.Separation> lastNight = List.of(
                new SeparationLimits.Separation(london("2025-06-01T20:00"), london("2025-06-01T22:00")));
        assertThat(se04.limitReachedAt(lastNight, london("2025-06-02T12:30"))).isEqualTo(london("2025-06-02T13:30"));
    }

    @Test
    void removalFromAssociationNeedsWrittenAuthorityAfter72HoursInBlocksOf14DaysAndTheSecretaryOfStateAfter42Days() { // SE-05
        Schedule s = Rules.byId("SE-05").scheduleFrom(london("2025-06-02T10:00"), Jurisdiction.ENGLAND);
        assertThat(s.due()).isEqualTo(london("2025-06-05T10:00"));
        assertThat(s.milestone("block-1").orElseThrow().due()).isEqualTo(london("2025-06-19T10:00"));
        assertThat(s.milestone("block-2").orElseThrow().due()).isEqualTo(london("2025-07-03T10:00"));
        assertThat(s.milestone("block-3")).isEmpty();
        assertThat(s.milestone("secretary-of-state").orElseThrow().due()).isEqualTo(london("2025-07-14T10:00"));
    }

    @Test
    void alertsWhenAChildIsInTheirRoom22HoursOrMoreInADay() { // SE-08
        RoomConfinement se08 = rules.roomConfinement();
        assertThat(se08.isConfinementAlert(LocalDate.of(2025, 6, 2), Duration.ofHours(2))).isTrue();
        assertThat(se08.isConfinementAlert(LocalDate.of(2025, 6, 2), Duration.ofMinutes(121))).isFalse();
        // the autumn change day has 25 hours: 3 hours out of room still leaves 22 in it
        assertThat(se08.isConfinementAlert(LocalDate.of(2025, 10, 26), Duration.ofHours(3))).isTrue();
        assertThat(Rules.byId("SE-08").scheduleFrom(london("2025-06-02T20:00"), Jurisdiction.ENGLAND).due())
                .isEqualTo(london("2025-06-03T18:00"));
    }
}
