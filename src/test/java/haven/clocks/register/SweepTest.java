package haven.clocks.register;

import static haven.clocks.At.london;
import static org.assertj.core.api.Assertions.assertThat;

import haven.clocks.DeadlineState;
import haven.clocks.Jurisdiction;
import haven.clocks.Rules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    private final Sweep sweep = new Sweep(EscalationChain.defaults());
    private final Deadline policeProtection = Deadline.open(7,
            Rules.byId("PP-02").scheduleFrom(london("2025-06-02T10:00"), Jurisdiction.ENGLAND));

    @Test
    void raisesNothingBeforeTheFirstWarning() { // PP-02
        assertThat(sweep.check(policeProtection, london("2025-06-04T09:59"))).isEmpty();
    }

    @Test
    void warnsAt48HoursThenAt66HoursOfPoliceProtection() { // PP-02
        List<Alert> first = sweep.check(policeProtection, london("2025-06-04T10:00"));
        assertThat(first).containsExactly(new Alert.WarningReached(7, 1, london("2025-06-04T10:00")));
        Deadline warned = policeProtection.apply(first.get(0));
        assertThat(warned.state()).isInstanceOf(DeadlineState.Warned.class);
        assertThat(sweep.check(warned, london("2025-06-04T12:00"))).isEmpty();
        assertThat(sweep.check(warned, london("2025-06-05T04:00")))
                .containsExactly(new Alert.WarningReached(7, 2, london("2025-06-05T04:00")));
    }

    @Test
    void breachesPoliceProtectionAfter72HoursAndTellsTheOwnerAtOnce() { // PP-02
        Instant due = london("2025-06-05T10:00");
        assertThat(sweep.check(policeProtection, due)).containsExactly(
                new Alert.BreachReached(7, due),
                new Alert.EscalationReached(7, 1, EscalationTarget.OWNER, due));
    }

    @Test
    void escalatesABreachToTheSupervisorAfterTwoHoursAndTheSeniorLeadAfterADay() { // PP-02 escalation chain
        Instant due = london("2025-06-05T10:00");
        Deadline breached = policeProtection;
        for (Alert a : sweep.check(policeProtection, due)) {
            breached = breached.apply(a);
        }
        assertThat(breached.escalationLevel()).isEqualTo(1);
        assertThat(sweep.check(breached, london("2025-06-05T11:59"))).isEmpty();
        List<Alert> supervisor = sweep.check(breached, london("2025-06-05T12:00"));
        assertThat(supervisor).containsExactly(
                new Alert.EscalationReached(7, 2, EscalationTarget.SUPERVISOR, london("2025-06-05T12:00")));
        Deadline toSupervisor = breached.apply(supervisor.get(0));
        assertThat(sweep.check(toSupervisor, london("2025-06-06T10:00"))).containsExactly(
                new Alert.EscalationReached(7, 3, EscalationTarget.SENIOR_LEAD, london("2025-06-06T10:00")));
    }

    @Test
    void aLateSweepCatchesUpWithEveryStepAlreadyDue() {
        List<Alert> alerts = sweep.check(policeProtection, london("2025-06-07T10:00"));
        assertThat(alerts).extracting(a -> a.getClass().getSimpleName())
                .containsExactly("BreachReached", "EscalationReached", "EscalationReached", "EscalationReached");
    }

    @Test
    void aMetOrStoppedDeadlineRaisesNothing() {
        Deadline met = ((Outcome.Allowed) policeProtection.meet(london("2025-06-03T10:00"), null)).deadline();
        Deadline stopped = ((Outcome.Allowed) policeProtection.stop(london("2025-06-03T10:00"), "EPO granted")).deadline();
        assertThat(sweep.run(List.of(met, stopped), london("2025-06-09T10:00"))).isEmpty();
    }

    @Test
    void meetingADeadlineOnTimeNeedsNoReason() {
        Outcome outcome = policeProtection.meet(london("2025-06-05T09:59"), "");
        assertThat(outcome).isInstanceOf(Outcome.Allowed.class);
        DeadlineState.Met met = (DeadlineState.Met) ((Outcome.Allowed) outcome).deadline().state();
        assertThat(met.late()).isFalse();
    }

    @Test
    void refusesToMeetABreachedDeadlineWithoutAReasonForDelay() {
        Deadline breached = policeProtection.apply(new Alert.BreachReached(7, london("2025-06-05T10:00")));
        assertThat(breached.meet(london("2025-06-05T11:00"), "  "))
                .isEqualTo(new Outcome.Refused("reasonForDelay", "The deadline was missed: give the reason for the delay"));
        Outcome withReason = breached.meet(london("2025-06-05T11:00"), "Designated officer was at another incident");
        DeadlineState.Met met = (DeadlineState.Met) ((Outcome.Allowed) withReason).deadline().state();
        assertThat(met.late()).isTrue();
        assertThat(met.reasonForDelay()).isEqualTo("Designated officer was at another incident");
    }

    @Test
    void meetingAfterTheDueTimeIsLateEvenBeforeTheSweepNoticed() {
        assertThat(policeProtection.meet(london("2025-06-05T10:00"), null)).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void refusesToStopADeadlineWithoutAReasonOrTwice() {
        assertThat(policeProtection.stop(london("2025-06-03T10:00"), null))
                .isEqualTo(new Outcome.Refused("reason", "Give the reason for stopping this deadline"));
        Deadline stopped = ((Outcome.Allowed) policeProtection.stop(london("2025-06-03T10:00"), "Released")).deadline();
        assertThat(stopped.stop(london("2025-06-03T11:00"), "again")).isInstanceOf(Outcome.Refused.class);
        assertThat(stopped.meet(london("2025-06-03T11:00"), "x")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void aDeadlinePrintsIdsOnly() {
        assertThat(policeProtection.toString()).isEqualTo("Deadline[id=7, rule=PP-02, state=open, level=0]");
    }
}
