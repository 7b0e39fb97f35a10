package haven.clocks.register;

import haven.clocks.DeadlineState;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One deadline in the register as the rules see it: which rule, when it started and falls due, its warning points,
 * its state and how far it has been escalated. Immutable: every change returns a new version.
 * Who it concerns and who owns it are kept by the register's store, not here.
 */
public record Deadline(long id, RuleId rule, Instant start, Instant due, List<Instant> warnings, DeadlineState state,
                       int escalationLevel) {

    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if (escalationLevel < 0) {
            throw new IllegalArgumentException("escalationLevel must not be negative");
        }
    }

    /** A new open deadline following a schedule. */
    public static Deadline open(long id, Schedule schedule) {
        return new Deadline(id, schedule.rule(), schedule.start(), schedule.due(), schedule.warningInstants(),
                new DeadlineState.Open(), 0);
    }

    /** How many of the warnings have been raised. */
    public int warningsRaised() {
        return state instanceof DeadlineState.Warned w ? w.warningsRaised() : 0;
    }

    /** Whether the deadline is breached at {@code now}: still to do and past due. */
    public boolean isOverdueAt(Instant now) {
        return !state.isClosed() && !now.isBefore(due);
    }

    /**
     * Records the duty as done at {@code at}. A deadline met at or after its due time needs the reason for the delay.
     */
    public Outcome meet(Instant at, String reasonForDelay) {
        Objects.requireNonNull(at, "at");
        if (state.isClosed()) {
            return new Outcome.Refused("deadline", "This deadline is already " + state.code());
        }
        boolean late = state instanceof DeadlineState.Breached || !at.isBefore(due);
        if (late && (reasonForDelay == null || reasonForDelay.isBlank())) {
            return new Outcome.Refused("reasonForDelay", "The deadline was missed: give the reason for the delay");
        }
        return new Outcome.Allowed(with(new DeadlineState.Met(at, late, late ? reasonForDelay.strip() : null)));
    }

    /** Stops the deadline because the duty fell away; the reason is required. */
    public Outcome stop(Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        if (state.isClosed()) {
            return new Outcome.Refused("deadline", "This deadline is already " + state.code());
        }
        if (reason == null || reason.isBlank()) {
            return new Outcome.Refused("reason", "Give the reason for stopping this deadline");
        }
        return new Outcome.Allowed(with(new DeadlineState.Stopped(at, reason.strip())));
    }

    /** The version after an alert the sweep raised for it. */
    public Deadline apply(Alert alert) {
        if (alert.deadlineId() != id) {
            throw new IllegalArgumentException("alert is for deadline " + alert.deadlineId() + ", not " + id);
        }
        if (alert instanceof Alert.WarningReached w) {
            return with(new DeadlineState.Warned(w.warningNumber(), w.at()));
        }
        if (alert instanceof Alert.BreachReached b) {
            return with(new DeadlineState.Breached(b.at()));
        }
        Alert.EscalationReached e = (Alert.EscalationReached) alert;
        return new Deadline(id, rule, start, due, warnings, state, Math.max(escalationLevel, e.level()));
    }

    private Deadline with(DeadlineState newState) {
        return new Deadline(id, rule, start, due, warnings, newState, escalationLevel);
    }

    @Override
    public String toString() {
        return "Deadline[id=" + id + ", rule=" + rule + ", state=" + state.code() + ", level=" + escalationLevel + "]";
    }
}
