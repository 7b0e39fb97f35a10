package haven.custody.rules;

import haven.custody.CloseCustodyRecord;
import haven.custody.CustodyOutcome;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/** A child's custody record closes only with a referral to children's social care, or the reason there is none. */
public final class ClosurePolicy {

    private final Clock clock;

    public ClosurePolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, CloseCustodyRecord c) {
        Verdict time = Checks.timeOnOpenRecord(f, c.closedAt(), "closedAt", "C-01", clock);
        if (!time.allowed()) {
            return time;
        }
        if (blank(c.closedBy())) {
            return Verdict.refused("C-01", "closedBy", "Record who closed the custody record.");
        }
        if (c.outcome() == null) {
            return Verdict.refused("C-01", "outcome", "Say how the child left custody.");
        }
        if (c.outcome() == CustodyOutcome.TRANSFERRED_TO_LOCAL_AUTHORITY && !f.chargedAndBailRefused()) {
            return Verdict.refused("PACE-07", "outcome",
                    "A transfer to local authority accommodation follows a charge and a refusal of bail.");
        }
        boolean referred = !blank(c.referralReference());
        if (!referred && blank(c.noReferralReason())) {
            return Verdict.refused("C-01", "referralReference",
                    "Every child leaving custody is referred to children's social care: give the referral "
                            + "reference, or record why no referral was made.");
        }
        if (referred && c.referralMadeAt() == null) {
            return Verdict.refused("C-01", "referralMadeAt", "Record when the referral was made.");
        }
        if (referred && c.referralMadeAt().isAfter(c.closedAt())) {
            return Verdict.refused("C-01", "referralMadeAt", "The referral is made before the child leaves custody.");
        }
        return Verdict.ALLOWED;
    }
}
