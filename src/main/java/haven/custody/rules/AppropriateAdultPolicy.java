package haven.custody.rules;

import haven.custody.RecordAppropriateAdult;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/** PACE-02: who may be a child's appropriate adult, and a coherent record of asking and arriving. */
public final class AppropriateAdultPolicy {

    private final Clock clock;

    public AppropriateAdultPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordAppropriateAdult c) {
        if (blank(c.name())) {
            return Verdict.refused("PACE-02", "name", "Name the appropriate adult.");
        }
        if (c.role() == null) {
            return Verdict.refused("PACE-02", "role", "Say who the appropriate adult is to the child.");
        }
        if (c.isSolicitor()) {
            return Verdict.refused("PACE-02", "isSolicitor",
                    "A solicitor or legal representative cannot be the appropriate adult.");
        }
        if (c.isPoliceEmployee()) {
            return Verdict.refused("PACE-02", "isPoliceEmployee",
                    "A police officer or anyone employed by the police cannot be the appropriate adult.");
        }
        if (c.isCoSuspect()) {
            return Verdict.refused("PACE-02", "isCoSuspect",
                    "Someone suspected of involvement in the offence, a victim or a witness cannot be the appropriate adult.");
        }
        Verdict asked = Checks.timeOnOpenRecord(f, c.requestedAt(), "requestedAt", "PACE-02", clock);
        if (!asked.allowed()) {
            return asked;
        }
        if (c.arrivedAt() != null) {
            Verdict arrived = Checks.timeOnOpenRecord(f, c.arrivedAt(), "arrivedAt", "PACE-02", clock);
            if (!arrived.allowed()) {
                return arrived;
            }
            if (c.arrivedAt().isBefore(c.requestedAt())) {
                return Verdict.refused("PACE-02", "arrivedAt", "The appropriate adult cannot arrive before being asked.");
            }
        }
        if (c.welfarePersonInformedAt() != null) {
            Verdict told = Checks.timeOnOpenRecord(f, c.welfarePersonInformedAt(), "welfarePersonInformedAt",
                    "PACE-02", clock);
            if (!told.allowed()) {
                return told;
            }
        }
        if (blank(c.recordedBy())) {
            return Verdict.refused("PACE-02", "recordedBy", "Record who made this entry.");
        }
        return Verdict.ALLOWED;
    }
}
