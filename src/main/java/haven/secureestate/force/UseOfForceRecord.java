package haven.secureestate.force;

import java.time.Instant;

/** A use of force as stored: the latest version, the child's account and manager's review, and who last changed it. */
public record UseOfForceRecord(UseOfForce force, int version, boolean painInducing, boolean faceDown,
                               Instant childSpokenToAt, String childAccount, Instant managerReviewedAt,
                               String managerReviewedBy, String managerReview, Instant recordedAt, String recordedBy,
                               String changeReason) {

    @Override
    public String toString() {
        return "UseOfForceRecord[" + force.id() + " v" + version + "]";
    }
}
