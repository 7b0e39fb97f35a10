package haven.referrals.domain;

import haven.platform.web.FieldProblem;
import java.util.List;

/** Whether a referral may be sent: accepted, or refused with each field at fault named. */
public sealed interface ReferralCheck {

    record Accepted() implements ReferralCheck {
    }

    record Refused(List<FieldProblem> problems) implements ReferralCheck {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
