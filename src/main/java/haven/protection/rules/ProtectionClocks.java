package haven.protection.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import haven.protection.ClockReading;
import haven.protection.ProtectionCaseView;
import haven.protection.ProtectionEndKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a police protection case's clocks from the clocks engine: the 72-hour limit (PP-02), each duty's task
 * interval (PP-03, PP-04, PP-08) and an emergency protection order's end (PP-06). Nothing here counts hours.
 */
public final class ProtectionClocks {

    private final Rules rules;

    public ProtectionClocks(Rules rules) {
        this.rules = rules;
    }

    public Schedule limit(ProtectionCaseView c) {
        return rules.schedule(RuleId.PP_02, c.takenAt(), Jurisdiction.valueOf(c.jurisdiction()));
    }

    /** When each duty is due (PP-03's local task interval from the moment the child was taken). */
    public Instant taskDue(ProtectionCaseView c) {
        return rules.schedule(RuleId.PP_03, c.takenAt(), Jurisdiction.valueOf(c.jurisdiction())).due();
    }

    public List<ClockReading> readings(ProtectionCaseView c, Instant now) {
        List<ClockReading> out = new ArrayList<>();
        Schedule limit = limit(c);
        Instant ended = c.end() != null ? c.end().endedAt() : null;
        ClockReading limitReading = reading("PP-02", "Police protection ends (72 hours)", limit.due(),
                limit.warningInstants(), now, ended);
        out.add(limitReading.status().equals("met late")
                ? new ClockReading("PP-02", limitReading.label(), limit.due(), limitReading.dueText(), "breached")
                : limitReading);
        Instant taskDue = taskDue(c);
        for (ProtectionCaseView.Task t : c.tasks()) {
            Instant done = t.doneAt() != null ? t.doneAt() : null;
            out.add(reading(t.duty().rule(), t.duty().description(), taskDue, List.of(), now, done));
        }
        if (c.end() != null && c.end().kind() == ProtectionEndKind.EMERGENCY_PROTECTION_ORDER) {
            Schedule epo = epo(c);
            out.add(new ClockReading("PP-06", "Emergency protection order ends", epo.due(), epo.describeDue(),
                    now.isBefore(epo.due()) ? "open" : "met"));
        }
        return out;
    }

    /** The register's clocks for a case: the 72 hours, and the duties still outstanding past the task interval. */
    public List<ClockReading> registerReadings(Instant takenAt, String jurisdiction, Instant endedAt,
                                               int dutiesOutstanding, Instant now) {
        Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
        Schedule limit = rules.schedule(RuleId.PP_02, takenAt, j);
        ClockReading r = reading("PP-02", "Police protection ends (72 hours)", limit.due(), limit.warningInstants(),
                now, endedAt);
        List<ClockReading> out = new ArrayList<>();
        out.add(r.status().equals("met late")
                ? new ClockReading("PP-02", r.label(), limit.due(), r.dueText(), "breached") : r);
        if (dutiesOutstanding > 0 && endedAt == null) {
            Instant due = rules.schedule(RuleId.PP_03, takenAt, j).due();
            out.add(reading("PP-03", dutiesOutstanding + " duties outstanding", due, List.of(), now, null));
        }
        return out;
    }

    /** PP-06: where the designated officer applied, the 8 days begin with the first day of police protection. */
    public Schedule epo(ProtectionCaseView c) {
        Instant start = c.end().epoAppliedForByDesignatedOfficer() ? c.takenAt() : c.end().epoGrantedAt();
        return rules.schedule(RuleId.PP_06, start, Jurisdiction.valueOf(c.jurisdiction()));
    }

    static ClockReading reading(String rule, String label, Instant due, List<Instant> warnings, Instant now,
                                Instant doneAt) {
        String status;
        if (doneAt != null) {
            status = doneAt.isBefore(due) ? "met" : "met late";
        } else if (!now.isBefore(due)) {
            status = "overdue";
        } else if (warnings.stream().anyMatch(w -> !now.isBefore(w))) {
            status = "warned";
        } else {
            status = "open";
        }
        return new ClockReading(rule, label, due, LondonTime.format(due), status);
    }
}
