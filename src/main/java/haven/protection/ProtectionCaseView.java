package haven.protection;

import java.time.Instant;
import java.util.List;

/** One police protection case as it stands, with its tasks and history. Personal: {@code toString()} prints ids. */
public record ProtectionCaseView(long id, long childPersonId, String takenBy, Instant takenAt, String whereFound,
                                 String grounds, ProtectionPower power, String laWhereFound, String laWhereLives,
                                 String jurisdiction, List<Place> places, DesignatedOfficer designatedOfficer,
                                 List<Decision> decisions, List<Task> tasks, List<Attempt> attempts, End end) {

    public boolean open() {
        return end == null;
    }

    public Place currentPlace() {
        return places.isEmpty() ? null : places.get(places.size() - 1);
    }

    public boolean everAtPoliceStation() {
        return places.stream().anyMatch(p -> p.place() == PlaceOfSafety.POLICE_STATION);
    }

    public Decision latestDecision() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    @Override
    public String toString() {
        return "ProtectionCaseView[id=" + id + ", childPersonId=" + childPersonId + "]";
    }

    public record Place(PlaceOfSafety place, String exceptionalReason, Instant since, String recordedBy, String why) {
    }

    public record DesignatedOfficer(String officerId, String officerName, String rank, Instant namedAt) {
    }

    public record Decision(String decidedBy, Instant decidedAt, String inquiry, DesignatedOfficerOutcome outcome,
                           String reasons) {
    }

    /** A duty and whether it is done (a successful attempt), with its clocks deadline id. */
    public record Task(NotificationDuty duty, Instant openedAt, Long deadlineId, Instant doneAt, int failedAttempts) {
        public boolean done() {
            return doneAt != null;
        }
    }

    public record Attempt(NotificationDuty duty, String recipient, Instant attemptedAt, String attemptedBy,
                          boolean succeeded, String note) {
        @Override
        public String toString() {
            return "Attempt[duty=" + duty + ", succeeded=" + succeeded + "]";
        }
    }

    public record End(ProtectionEndKind kind, Instant endedAt, String endedBy, String releasedTo, Instant epoGrantedAt,
                      boolean epoAppliedForByDesignatedOfficer, String details) {
        @Override
        public String toString() {
            return "End[kind=" + kind + "]";
        }
    }
}
