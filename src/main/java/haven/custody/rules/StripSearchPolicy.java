package haven.custody.rules;

import haven.custody.RecordStripSearch;
import haven.custody.SearchAttendee;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/**
 * PACE-12: a strip search exposing a child's intimate parts needs at least two people besides the child, one of
 * them the appropriate adult, all the same sex as the child; without the appropriate adult only in urgency with a
 * risk of serious harm, or where the child declined the AA in the AA's presence and the AA agreed and signed.
 */
public final class StripSearchPolicy {

    private final Clock clock;

    public StripSearchPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordStripSearch c) {
        Verdict time = Checks.timeOnOpenRecord(f, c.searchedAt(), "searchedAt", "PACE-12", clock);
        if (!time.allowed()) {
            return time;
        }
        if (blank(c.authorisedBy())) {
            return Verdict.refused("PACE-12", "authorisedBy", "Record the officer who authorised the strip search.");
        }
        if (blank(c.reasons())) {
            return Verdict.refused("PACE-12", "reasons", "Record why the strip search was necessary.");
        }
        if (!c.exposesIntimateParts()) {
            return Verdict.ALLOWED;
        }
        boolean urgent = c.urgentRiskOfSeriousHarm();
        if (urgent && blank(c.urgencyReason())) {
            return Verdict.refused("PACE-12", "urgencyReason",
                    "Record the urgency and the risk of serious harm that could not wait for the appropriate adult.");
        }
        if (c.present().size() < 2 && !urgent) {
            return Verdict.refused("PACE-12", "present",
                    "At least two people besides the child must be present for a search exposing intimate parts.");
        }
        for (SearchAttendee a : c.present()) {
            if (a.sex() != f.sex()) {
                return Verdict.refused("PACE-12", "present",
                        "Everyone present must be the same sex as the child.");
            }
        }
        boolean aaPresent = c.present().stream().anyMatch(SearchAttendee::appropriateAdult);
        if (aaPresent || urgent) {
            return Verdict.ALLOWED;
        }
        if (c.childDeclinedAaInAaPresence() && c.aaAgreedAndSigned()) {
            return Verdict.ALLOWED;
        }
        if (c.childDeclinedAaInAaPresence()) {
            return Verdict.refused("PACE-12", "aaAgreedAndSigned",
                    "The appropriate adult must agree to the child's choice and sign the record.");
        }
        return Verdict.refused("PACE-12", "present",
                "The appropriate adult must be present. Without them a search is lawful only in urgency with a risk "
                        + "of serious harm, or where the child declines the appropriate adult in their presence and "
                        + "the appropriate adult agrees and signs.");
    }
}
