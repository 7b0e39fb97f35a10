package haven.custody.rules;

import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import haven.custody.ClockReading;
import haven.custody.CustodyRecordView;
import haven.custody.RecordDetentionExtension.ExtensionKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a custody record's PACE clocks from the clocks engine (PACE-05, PACE-06, PACE-11, C-06). Nothing here
 * counts hours: every due time comes from {@link Rules}; this class only compares them with now.
 */
public final class CustodyClocks {

    private final Rules rules;

    public CustodyClocks(Rules rules) {
        this.rules = rules;
    }

    public List<ClockReading> readings(CustodyRecordView r, Instant now) {
        List<ClockReading> out = new ArrayList<>();
        Jurisdiction j = Jurisdiction.valueOf(r.jurisdiction());
        Instant end = r.closure() != null ? r.closure().closedAt() : null;
        if (r.arrestKind().isBreach()) {
            Schedule court = rules.schedule(RuleId.PACE_11, r.arrivedAt(), j); // PACE-11
            out.add(reading("PACE-11", "Before a court", court.due(), court.warningInstants(), now, end));
            return out;
        }
        Instant charged = r.transfer() != null ? r.transfer().chargedAt() : null;
        Instant stopped = charged != null ? charged : end;
        Instant limit = detentionLimit(r, j); // PACE-06
        out.add(reading("PACE-06", "Detention without charge (" + r.detentionLimitHours() + " h)", limit,
                rules.schedule(RuleId.PACE_06, r.arrivedAt(), j).warningInstants().stream()
                        .filter(w -> w.isBefore(limit)).toList(), now, stopped));
        Instant review = nextReviewDue(r); // PACE-05
        if (stopped == null) {
            out.add(reading("PACE-05", "Review " + (r.reviewsDone() + 1) + " of detention", review, List.of(), now,
                    null));
        } else if (!stopped.isBefore(review)) {
            // detention went on past a review that was never held
            out.add(new ClockReading("PACE-05", "Review " + (r.reviewsDone() + 1) + " of detention", review,
                    LondonTime.format(review), "breached"));
        }
        return out;
    }

    /** The detention limit in force: 24 h, the superintendent's 36 h, or the warrant maximum (PACE-06). */
    public Instant detentionLimit(CustodyRecordView r, Jurisdiction j) {
        Schedule s = rules.schedule(RuleId.PACE_06, r.arrivedAt(), j);
        boolean warrant = r.extensions().stream().anyMatch(e -> e.kind() == ExtensionKind.WARRANT_OF_FURTHER_DETENTION);
        boolean superintendent = r.extensions().stream().anyMatch(e -> e.kind() == ExtensionKind.SUPERINTENDENT);
        Optional<Schedule.Milestone> m = warrant ? s.milestone("warrant-maximum")
                : superintendent ? s.milestone("extended") : Optional.empty();
        return m.map(Schedule.Milestone::due).orElse(s.due());
    }

    /** The next review owed: review n+1 after n held, on the clock fixed by the first authorisation (PACE-05). */
    public Instant nextReviewDue(CustodyRecordView r) {
        return rules.detentionReviews().reviewDue(r.detentionAuthorisedAt(), r.reviewsDone() + 1);
    }

    /** PACE-11: the warning the clocks engine gives for an arrest at this time, if any (a night in a cell). */
    public Optional<String> breachArrestWarning(Instant plannedFor, Jurisdiction j) {
        Schedule s = rules.schedule(RuleId.PACE_11, plannedFor, j);
        return s.warnings().stream().filter(w -> !w.at().isAfter(plannedFor)).findFirst()
                .map(w -> "PACE-11: " + w.label() + ". The court deadline would be " + s.describeDue()
                        + ". There is no duty to transfer a child arrested for a breach: arrest when a court can sit "
                        + "the same day unless the risk cannot wait, and record why.");
    }

    static ClockReading reading(String rule, String label, Instant due, List<Instant> warnings, Instant now,
                                Instant doneAt) {
        String status;
        if (doneAt != null) {
            status = doneAt.isBefore(due) ? "met" : "breached";
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
