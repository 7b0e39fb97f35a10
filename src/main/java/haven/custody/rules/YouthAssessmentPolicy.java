package haven.custody.rules;

import haven.custody.RecordYouthAssessment;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/** The healthcare professional's youth assessment lives on the custody record, never on paper. */
public final class YouthAssessmentPolicy {

    private final Clock clock;

    public YouthAssessmentPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordYouthAssessment c) {
        Verdict asked = Checks.timeOnOpenRecord(f, c.requestedAt(), "requestedAt", "C-01", clock);
        if (!asked.allowed()) {
            return asked;
        }
        if (blank(c.recordedBy())) {
            return Verdict.refused("C-01", "recordedBy", "Record who made this entry.");
        }
        if (c.doneAt() == null) {
            return Verdict.ALLOWED;
        }
        Verdict done = Checks.timeOnOpenRecord(f, c.doneAt(), "doneAt", "C-01", clock);
        if (!done.allowed()) {
            return done;
        }
        if (c.doneAt().isBefore(c.requestedAt())) {
            return Verdict.refused("C-01", "doneAt", "The assessment cannot be done before it was requested.");
        }
        if (blank(c.healthcareProfessional())) {
            return Verdict.refused("C-01", "healthcareProfessional", "Name the healthcare professional.");
        }
        if (blank(c.findings())) {
            return Verdict.refused("C-01", "findings",
                    "Record the findings here: family, school, self-harm, abuse, fitness to be detained.");
        }
        return Verdict.ALLOWED;
    }
}
