package haven.protection.rules;

import haven.protection.DesignatedOfficerOutcome;
import haven.protection.EndPoliceProtection;
import haven.protection.NameDesignatedOfficer;
import haven.protection.NotificationDuty;
import haven.protection.RecordDesignatedOfficerDecision;
import haven.protection.RecordNotificationAttempt;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Instant;

import static haven.protection.rules.StartPolicy.blank;

/** Decides what may be recorded on an open police protection case (PP-03 to PP-06). */
public final class CasePolicy {

    private final Clock clock;

    public CasePolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict attempt(ProtectionFacts f, RecordNotificationAttempt c) {
        Verdict common = timeAndOpen(f, c.attemptedAt(), "attemptedAt", c.duty() == null ? "PP-03" : c.duty().rule());
        if (!common.allowed()) {
            return common;
        }
        if (c.duty() == null) {
            return Verdict.refused("PP-03", "duty", "Say which duty this attempt was for.");
        }
        if (blank(c.attemptedBy())) {
            return Verdict.refused(c.duty().rule(), "attemptedBy", "Record who made the attempt.");
        }
        if (blank(c.recipient()) && c.duty() != NotificationDuty.DESIGNATED_OFFICER_INQUIRY) {
            return Verdict.refused(c.duty().rule(), "recipient", "Record who was told, or who you tried to tell.");
        }
        if (!c.succeeded() && blank(c.note())) {
            return Verdict.refused("PP-04", "note", "A failed attempt must say what was tried.");
        }
        if (c.succeeded() && c.duty() == NotificationDuty.ASCERTAIN_CHILD_WISHES && blank(c.note())) {
            return Verdict.refused("PP-03", "note", "Record the child's wishes and feelings in the child's words.");
        }
        return Verdict.ALLOWED;
    }

    /** The designated officer should be someone other than the constable who took the child (Home Office guidance). */
    public Verdict nameDesignatedOfficer(ProtectionFacts f, NameDesignatedOfficer c) {
        Verdict common = timeAndOpen(f, c.namedAt(), "namedAt", "PP-03");
        if (!common.allowed()) {
            return common;
        }
        if (blank(c.officerId())) {
            return Verdict.refused("PP-03", "officerId", "Record the designated officer's collar number or id.");
        }
        if (blank(c.officerName())) {
            return Verdict.refused("PP-03", "officerName", "Name the designated officer.");
        }
        if (c.officerId().equalsIgnoreCase(f.takenBy())) {
            return Verdict.refused("PP-03", "officerId",
                    "The designated officer must not be the officer who took the child into police protection.");
        }
        return Verdict.ALLOWED;
    }

    public Verdict decide(ProtectionFacts f, RecordDesignatedOfficerDecision c) {
        Verdict common = timeAndOpen(f, c.decidedAt(), "decidedAt", "PP-05");
        if (!common.allowed()) {
            return common;
        }
        if (f.designatedOfficerId() == null) {
            return Verdict.refused("PP-05", "decidedBy", "Name the designated officer before recording a decision.");
        }
        if (blank(c.decidedBy()) || !c.decidedBy().equalsIgnoreCase(f.designatedOfficerId())) {
            return Verdict.refused("PP-05", "decidedBy", "Only the named designated officer can record the decision.");
        }
        if (blank(c.inquiry())) {
            return Verdict.refused("PP-05", "inquiry", "Record what the inquiry into the child's case found.");
        }
        if (c.outcome() == null) {
            return Verdict.refused("PP-05", "outcome", "Say whether the child is released or kept in police protection.");
        }
        if (blank(c.reasons())) {
            return Verdict.refused("PP-05", "reasons", "Record the reasons for the decision.");
        }
        return Verdict.ALLOWED;
    }

    public Verdict end(ProtectionFacts f, EndPoliceProtection c) {
        Verdict common = timeAndOpen(f, c.endedAt(), "endedAt", "PP-02");
        if (!common.allowed()) {
            return common;
        }
        if (c.kind() == null) {
            return Verdict.refused("PP-02", "kind", "Say how police protection ended.");
        }
        if (blank(c.endedBy())) {
            return Verdict.refused("PP-02", "endedBy", "Record who ended police protection.");
        }
        if (f.designatedOfficerId() == null) {
            return Verdict.refused("PP-03", "designatedOfficer",
                    "Name the designated officer before ending police protection.");
        }
        return switch (c.kind()) {
            case RELEASED -> released(f, c);
            case EMERGENCY_PROTECTION_ORDER -> epo(f, c);
            case LOCAL_AUTHORITY_ACCOMMODATION -> blank(c.details())
                    ? Verdict.refused("PP-03", "details", "Record the local authority placement the child went to.")
                    : Verdict.ALLOWED;
        };
    }

    private Verdict released(ProtectionFacts f, EndPoliceProtection c) {
        if (blank(c.releasedTo())) {
            return Verdict.refused("PP-05", "releasedTo", "Record who the child was released to.");
        }
        if (f.latestDecision() != DesignatedOfficerOutcome.RELEASE) {
            return Verdict.refused("PP-05", "decision",
                    "Record the designated officer's decision to release, with reasons, before the release.");
        }
        return Verdict.ALLOWED;
    }

    private Verdict epo(ProtectionFacts f, EndPoliceProtection c) {
        if (c.epoGrantedAt() == null) {
            return Verdict.refused("PP-06", "epoGrantedAt", "Record when the court granted the emergency protection order.");
        }
        if (c.epoGrantedAt().isBefore(f.takenAt()) || c.epoGrantedAt().isAfter(Instant.now(clock))) {
            return Verdict.refused("PP-06", "epoGrantedAt",
                    "The order's time must fall between the start of police protection and now.");
        }
        return Verdict.ALLOWED;
    }

    private Verdict timeAndOpen(ProtectionFacts f, Instant at, String field, String rule) {
        if (f.ended()) {
            return Verdict.refused(rule, "caseId", "Police protection has already ended for this case.");
        }
        if (at == null) {
            return Verdict.refused(rule, field, "Record the time.");
        }
        if (at.isBefore(f.takenAt())) {
            return Verdict.refused(rule, field, "The time cannot be before the child was taken into police protection.");
        }
        if (at.isAfter(Instant.now(clock))) {
            return Verdict.refused(rule, field, "The time cannot be in the future.");
        }
        return Verdict.ALLOWED;
    }
}
