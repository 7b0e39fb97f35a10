package haven.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a deadline under one rule falls due, counted from a start: the due instant, the warnings
 * before it, and any further named milestones the same rule sets (for example PACE-06's 36 h and 96 h limits).
 *
 * <p>{@code due} is the instant at which the deadline is missed: a deadline met before {@code due} is on time.
 * For day-based rules ({@link DueKind#END_OF_DAY}) it is the first instant of the London day after the last
 * day allowed, so "by the end of Tue 22 Apr 2025" has {@code due} = 2025-04-23T00:00 London.
 */
public record Schedule(RuleId rule, Jurisdiction jurisdiction, Instant start, Instant due, DueKind dueKind,
                       List<Warning> warnings, List<Milestone> milestones) {

    /** Whether a due time is a moment or the end of a London day. */
    public enum DueKind { AT_INSTANT, END_OF_DAY }

    /** A point before the due time at which the owner is warned. */
    public record Warning(Instant at, String label) {
        public Warning {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A further deadline the rule sets besides the main one, with a stable key callers can open in the register
     * (for example {@code "extended"} for PACE-06's 36 h limit).
     */
    public record Milestone(String key, String label, Instant due, DueKind dueKind) {
        public Milestone {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(dueKind, "dueKind");
        }

        /** Due time as a practitioner reads it, in London time. */
        public String describeDue() {
            return describe(due, dueKind);
        }
    }

    public Schedule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueKind, "dueKind");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The warning instants in time order. */
    public List<Instant> warningInstants() {
        return warnings.stream().map(Warning::at).sorted().toList();
    }

    /** The milestone with a key, if the rule sets one. */
    public Optional<Milestone> milestone(String key) {
        return milestones.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The last London date allowed for an end-of-day deadline, or the London date of an instant one. */
    public LocalDate dueDate() {
        return dueKind == DueKind.END_OF_DAY ? LondonTime.dateOf(due.minusNanos(1)) : LondonTime.dateOf(due);
    }

    /** Due time as a practitioner reads it: {@code "Thu 5 Jun 2025 10:00"} or {@code "end of Tue 22 Apr 2025"}. */
    public String describeDue() {
        return describe(due, dueKind);
    }

    static String describe(Instant due, DueKind kind) {
        return kind == DueKind.END_OF_DAY
                ? "end of " + LondonTime.format(LondonTime.dateOf(due.minusNanos(1)))
                : LondonTime.format(due);
    }
}
