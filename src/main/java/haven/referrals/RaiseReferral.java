package haven.referrals;

import java.util.List;

/**
 * A practitioner's referral about a child, as typed in the form or sent to the API. The child's
 * own words and how the child appeared are required; the only way round either is the reason it
 * could not be obtained.
 */
public record RaiseReferral(Long childPersonId, List<ConcernCategory> categories, String whatHappened,
                            String childsVoice, String childsVoiceNotObtainedBecause,
                            String demeanour, String demeanourNotObtainedBecause,
                            Consent consent, String lawfulBasis, String householdChildren,
                            Boolean noOtherChildren) {
    public RaiseReferral {
        noOtherChildren = Boolean.TRUE.equals(noOtherChildren); // omitted means not confirmed
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @Override
    public String toString() {
        return "RaiseReferral[child=" + childPersonId + "]";
    }
}
