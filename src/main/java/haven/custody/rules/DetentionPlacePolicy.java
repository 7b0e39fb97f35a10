package haven.custody.rules;

import haven.custody.DetentionPlace;
import haven.custody.RecordDetentionPlace;
import haven.custody.Sex;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/** PACE-14: a cell only when nothing else will do; never with an adult; a girl in the care of a woman. */
public final class DetentionPlacePolicy {

    private final Clock clock;

    public DetentionPlacePolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordDetentionPlace c) {
        Verdict time = Checks.timeOnOpenRecord(f, c.placedAt(), "placedAt", "PACE-14", clock);
        if (!time.allowed()) {
            return time;
        }
        if (c.place() == null) {
            return Verdict.refused("PACE-14", "place", "Choose a detention room or a cell.");
        }
        if (blank(c.decidedBy())) {
            return Verdict.refused("PACE-14", "decidedBy", "Record who decided where the child is held.");
        }
        if (c.sharedWithAdult()) {
            return Verdict.refused("PACE-14", "sharedWithAdult", "A child is never placed with a detained adult.");
        }
        if (c.place() == DetentionPlace.CELL) {
            if (!c.noOtherSecurePlace() || !c.supervisionOtherwiseImpossible()) {
                return Verdict.refused("PACE-14", "place",
                        "A child goes in a cell only when no other secure place is available and the child cannot "
                                + "otherwise be supervised. Use a detention room.");
            }
            if (blank(c.reasonForCell())) {
                return Verdict.refused("PACE-14", "reasonForCell", "Record why a cell had to be used.");
            }
        }
        if (f.sex() == Sex.FEMALE && blank(c.womanResponsibleForCare())) {
            return Verdict.refused("PACE-14", "womanResponsibleForCare",
                    "A girl must be in the care of a woman: name her.");
        }
        return Verdict.ALLOWED;
    }
}
