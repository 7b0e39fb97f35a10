package haven.referrals.domain;

import haven.referrals.QualityScore;
import haven.referrals.RaiseReferral;
import java.util.ArrayList;

/**
 * Scores a referral on the six things inspectors look for: the child's voice, how the child
 * appeared, the history, consent or the basis for sharing, the other children in the household,
 * and a specific concern (what happened, in enough words to act on).
 */
public final class Quality {
    static final int SPECIFIC_CONCERN_MIN_CHARS = 80;

    private Quality() {
    }

    public static QualityScore score(RaiseReferral r, boolean historyAttached) {
        var present = new ArrayList<String>();
        var missing = new ArrayList<String>();
        count(!ReferralRules.blank(r.childsVoice()), "Child's own words and views", present, missing);
        count(!ReferralRules.blank(r.demeanour()), "How the child appeared", present, missing);
        count(historyAttached, "Child's and household's history", present, missing);
        count(r.consent() != null && (!r.consent().needsLawfulBasis() || !ReferralRules.blank(r.lawfulBasis())),
                "Consent or lawful basis for sharing", present, missing);
        count(!ReferralRules.blank(r.householdChildren()) || r.noOtherChildren(), "Other children in the household",
                present, missing);
        count(!r.categories().isEmpty() && r.whatHappened() != null
                        && r.whatHappened().strip().length() >= SPECIFIC_CONCERN_MIN_CHARS,
                "A specific concern described in detail", present, missing);
        return new QualityScore(present.size(), present, missing);
    }

    private static void count(boolean ok, String item, java.util.List<String> present, java.util.List<String> missing) {
        (ok ? present : missing).add(item);
    }
}
