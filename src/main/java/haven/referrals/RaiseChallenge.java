package haven.referrals;

/** The referrer (or their supervisor) disagrees with the decision and says why. */
public record RaiseChallenge(String grounds) {
}
