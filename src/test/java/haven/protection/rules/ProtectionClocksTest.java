package haven.protection.rules;

import haven.clocks.Rules;
import haven.protection.ClockReading;
import haven.protection.NotificationDuty;
import haven.protection.PlaceOfSafety;
import haven.protection.ProtectionCaseView;
import haven.protection.ProtectionEndKind;
import haven.protection.ProtectionPower;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectionClocksTest {

    private final ProtectionClocks clocks = new ProtectionClocks(Rules.standard());
    private static final Instant TAKEN = Instant.parse("2025-06-02T09:00:00Z"); // Mon 2 Jun 2025 10:00 BST

    private static ProtectionCaseView taken(List<ProtectionCaseView.Task> tasks, ProtectionCaseView.End end) {
        return new ProtectionCaseView(1, 7, "PC 101", TAKEN, "x", "y", ProtectionPower.REMOVED_TO_ACCOMMODATION,
                "Newport", "Newport", "WALES",
                List.of(new ProtectionCaseView.Place(PlaceOfSafety.FOSTER_CARER, null, TAKEN, "PC 101", "taken")),
                null, List.of(), tasks, List.of(), end);
    }

    private static ClockReading limit(List<ClockReading> rs) {
        return rs.stream().filter(r -> r.rule().equals("PP-02")).findFirst().orElseThrow();
    }

    @Test
    void breachesPoliceProtectionAfter72Hours() { // PP-02 worked example: Mon 2 Jun 2025 10:00 -> Thu 5 Jun 10:00
        ClockReading atLimit = limit(clocks.readings(taken(List.of(), null), Instant.parse("2025-06-05T09:00:00Z")));
        assertThat(atLimit.dueText()).isEqualTo("Thu 5 Jun 2025 10:00");
        assertThat(atLimit.status()).isEqualTo("overdue");
        assertThat(limit(clocks.readings(taken(List.of(), null), Instant.parse("2025-06-05T08:59:00Z"))).status())
                .isEqualTo("warned");
    }

    @Test
    void warnsAt48HoursAndNotBefore() { // PP-02
        assertThat(limit(clocks.readings(taken(List.of(), null), TAKEN.plusSeconds(47 * 3600))).status())
                .isEqualTo("open");
        assertThat(limit(clocks.readings(taken(List.of(), null), TAKEN.plusSeconds(48 * 3600))).status())
                .isEqualTo("warned");
    }

    @Test
    void doesNotBreachWhenTheChildWasReleasedInTime() { // PP-02
        ProtectionCaseView.End released = new ProtectionCaseView.End(ProtectionEndKind.RELEASED,
                TAKEN.plusSeconds(20 * 3600), "Insp 7", "grandmother", null, false, null);
        assertThat(limit(clocks.readings(taken(List.of(), released), TAKEN.plusSeconds(100 * 3600))).status())
                .isEqualTo("met");
    }

    @Test
    void makesEachNotificationDutyOverdueAfterTheLocalTaskInterval() { // PP-03
        ProtectionCaseView.Task open = new ProtectionCaseView.Task(NotificationDuty.INFORM_PARENTS, TAKEN, null, null, 1);
        ClockReading r = clocks.readings(taken(List.of(open), null), TAKEN.plusSeconds(2 * 3600 + 60)).stream()
                .filter(x -> x.rule().equals("PP-04")).findFirst().orElseThrow();
        assertThat(r.status()).isEqualTo("overdue");
    }

    @Test
    void startsTheEmergencyProtectionOrderWithTheFirstDayOfPoliceProtectionWhenTheDesignatedOfficerApplied() { // PP-06
        ProtectionCaseView.End epo = new ProtectionCaseView.End(ProtectionEndKind.EMERGENCY_PROTECTION_ORDER,
                TAKEN.plusSeconds(50 * 3600), "Insp 7", null, TAKEN.plusSeconds(50 * 3600), true, null);
        // 8 days beginning with Mon 2 Jun 2025 end at the end of Mon 9 Jun 2025
        assertThat(clocks.epo(taken(List.of(), epo)).describeDue()).contains("9 Jun 2025");
    }
}
