package haven.custody.rules;

import haven.custody.Rank;
import haven.custody.RecordDetentionExtension;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Instant;

import static haven.custody.rules.Checks.blank;

/**
 * PACE-06: detention without charge is 24 hours from the relevant time; a superintendent may extend it to 36
 * hours for an indictable offence after the second review; a warrant of further detention may take it up to 96
 * hours in total. The limit's time itself comes from the clocks engine.
 */
public final class ExtensionPolicy {

    private final Clock clock;

    public ExtensionPolicy(Clock clock) {
        this.clock = clock;
    }

    /** @param currentLimitAt when the limit now in force expires, from the clocks engine */
    public Verdict check(CustodyFacts f, RecordDetentionExtension c, Instant currentLimitAt) {
        Verdict time = Checks.timeOnOpenRecord(f, c.authorisedAt(), "authorisedAt", "PACE-06", clock);
        if (!time.allowed()) {
            return time;
        }
        if (c.kind() == null) {
            return Verdict.refused("PACE-06", "kind", "Say whether a superintendent or a court extended detention.");
        }
        if (f.chargedAndBailRefused()) {
            return Verdict.refused("PACE-06", "kind", "The child has been charged: the limits on detention without charge no longer apply.");
        }
        if (!f.indictableOffence()) {
            return Verdict.refused("PACE-06", "kind", "Detention can be extended beyond 24 hours only for an indictable offence.");
        }
        if (blank(c.authorisedBy())) {
            return Verdict.refused("PACE-06", "authorisedBy", "Record who authorised the extension.");
        }
        if (blank(c.reasons())) {
            return Verdict.refused("PACE-06", "reasons", "Record the grounds for the extension.");
        }
        if (currentLimitAt != null && c.authorisedAt().isAfter(currentLimitAt)) {
            return Verdict.refused("PACE-06", "authorisedAt",
                    "The limit in force had already expired: detention cannot be extended after it ends.");
        }
        return switch (c.kind()) {
            case SUPERINTENDENT -> superintendent(f, c);
            case WARRANT_OF_FURTHER_DETENTION -> warrant(f, c);
        };
    }

    private Verdict superintendent(CustodyFacts f, RecordDetentionExtension c) {
        if (c.rank() == null || !c.rank().atLeast(Rank.SUPERINTENDENT)) {
            return Verdict.refused("PACE-06", "rank", "Only a superintendent or above may extend detention to 36 hours.");
        }
        if (f.reviewsDone() < 2) {
            return Verdict.refused("PACE-06", "authorisedAt",
                    "A superintendent's extension comes after the second review of detention.");
        }
        if (f.detentionLimitHours() >= 36) {
            return Verdict.refused("PACE-06", "kind", "Detention has already been extended to 36 hours or more.");
        }
        if (c.extendsToHours() <= f.detentionLimitHours() || c.extendsToHours() > 36) {
            return Verdict.refused("PACE-06", "extendsToHours",
                    "A superintendent may extend detention to no more than 36 hours from the relevant time.");
        }
        return Verdict.ALLOWED;
    }

    private Verdict warrant(CustodyFacts f, RecordDetentionExtension c) {
        if (c.extendsToHours() <= f.detentionLimitHours() || c.extendsToHours() > 96) {
            return Verdict.refused("PACE-06", "extendsToHours",
                    "A warrant of further detention extends the limit to no more than 96 hours in total.");
        }
        return Verdict.ALLOWED;
    }
}
