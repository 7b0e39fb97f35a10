package haven.referrals.domain;

import haven.platform.web.FieldProblem;
import haven.referrals.RaiseReferral;
import java.util.ArrayList;
import java.util.List;

/**
 * What a referral must contain before it may go: inspectors found PPNs sent without the child's
 * views, without how the child appeared and without the basis for sharing. The child's words and
 * demeanour are required; the only way round each is the reason it could not be obtained.
 */
public final class ReferralRules {
    static final int MIN_REASON = 10;

    private ReferralRules() {
    }

    public static ReferralCheck check(RaiseReferral r) {
        var problems = new ArrayList<FieldProblem>();
        if (r.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Choose the child the referral is about"));
        }
        if (r.categories().isEmpty()) {
            problems.add(new FieldProblem("categories", "Choose at least one category of concern"));
        }
        if (blank(r.whatHappened())) {
            problems.add(new FieldProblem("whatHappened", "Enter what happened"));
        }
        requiredOrReason(problems, r.childsVoice(), r.childsVoiceNotObtainedBecause(), "childsVoice",
                "Enter the child's own words and views, or say why they could not be obtained",
                "childsVoiceNotObtainedBecause");
        requiredOrReason(problems, r.demeanour(), r.demeanourNotObtainedBecause(), "demeanour",
                "Enter how the child appeared (behaviour and demeanour), or say why it could not be observed",
                "demeanourNotObtainedBecause");
        if (r.consent() == null) {
            problems.add(new FieldProblem("consent", "Say whether consent to share was given"));
        } else if (r.consent().needsLawfulBasis() && blank(r.lawfulBasis())) {
            problems.add(new FieldProblem("lawfulBasis", "Enter the lawful basis for sharing without consent"));
        }
        if (blank(r.householdChildren()) && !r.noOtherChildren()) {
            problems.add(new FieldProblem("householdChildren",
                    "Enter the other children in the household, or confirm there are none"));
        }
        return problems.isEmpty() ? new ReferralCheck.Accepted() : new ReferralCheck.Refused(problems);
    }

    /** Either the thing itself, or a real reason it could not be had; never both empty. */
    private static void requiredOrReason(List<FieldProblem> problems, String value, String notObtainedBecause,
                                         String field, String message, String reasonField) {
        if (!blank(value)) {
            return;
        }
        if (blank(notObtainedBecause)) {
            problems.add(new FieldProblem(field, message));
        } else if (notObtainedBecause.strip().length() < MIN_REASON) {
            problems.add(new FieldProblem(reasonField, "Say in a sentence why it could not be obtained"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
