package haven.referrals;

import java.util.List;

/**
 * How many of the things inspectors look for a referral contains, out of {@link #OUT_OF}, with
 * the ones it lacks named so the referrer's supervisor can coach.
 */
public record QualityScore(int score, List<String> present, List<String> missing) {
    public static final int OUT_OF = 6;

    public QualityScore {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
    }
}
