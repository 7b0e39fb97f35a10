package haven.protection.rules;

import haven.protection.DesignatedOfficerOutcome;
import haven.protection.EndPoliceProtection;
import haven.protection.NameDesignatedOfficer;
import haven.protection.NotificationDuty;
import haven.protection.PlaceOfSafety;
import haven.protection.ProtectionEndKind;
import haven.protection.ProtectionPower;
import haven.protection.RecordDesignatedOfficerDecision;
import haven.protection.RecordNotificationAttempt;
import haven.protection.TakeIntoPoliceProtection;
import haven.platform.rules.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectionPoliciesTest {

    private static final Instant TAKEN = Instant.parse("2025-06-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T15:00:00Z"), ZoneOffset.UTC);
    private static final long CASE = 302L;

    private final StartPolicy start = new StartPolicy(CLOCK);
    private final CasePolicy policy = new CasePolicy(CLOCK);

    private static TakeIntoPoliceProtection take(PlaceOfSafety place, String exceptional, String grounds) {
        return new TakeIntoPoliceProtection(42L, "PC 101", TAKEN, "home address", grounds,
                ProtectionPower.REMOVED_TO_ACCOMMODATION, place, exceptional, "Newport", "Newport");
    }

    private static String field(Verdict v) {
        return v instanceof Verdict.Refused r ? r.field() : "allowed";
    }

    private static String rule(Verdict v) {
        return v instanceof Verdict.Refused r ? r.rule() : "allowed";
    }

    private static ProtectionFacts facts(String designated, DesignatedOfficerOutcome decision) {
        return new ProtectionFacts(CASE, "PC 101", TAKEN, designated, decision, false);
    }

    @Test
    void refusesPoliceProtectionWithoutGroundsOfSignificantHarm() { // PP-01
        Verdict v = start.check(take(PlaceOfSafety.FOSTER_CARER, null, " "));
        assertThat(rule(v)).isEqualTo("PP-01");
        assertThat(field(v)).isEqualTo("grounds");
    }

    @Test
    void refusesAPoliceStationAsPlaceOfSafetyWithoutAnExceptionalReason() { // PP-03
        Verdict v = start.check(take(PlaceOfSafety.POLICE_STATION, null, "mother unconscious, no carer"));
        assertThat(rule(v)).isEqualTo("PP-03");
        assertThat(field(v)).isEqualTo("exceptionalReason");
        assertThat(start.check(take(PlaceOfSafety.POLICE_STATION, "no LA placement until morning",
                "mother unconscious")).allowed()).isTrue();
    }

    @Test
    void refusesAStartInTheFuture() { // PP-02
        TakeIntoPoliceProtection future = new TakeIntoPoliceProtection(42L, "PC 1",
                Instant.parse("2025-06-03T09:00:00Z"), "park", "harm", ProtectionPower.REMOVED_TO_ACCOMMODATION,
                PlaceOfSafety.RELATIVE, null, "Newport", "Newport");
        assertThat(field(start.check(future))).isEqualTo("takenAt");
    }

    @Test
    void opensEveryNotificationDutyAndTheSection47EnquiryOnStart() { // PP-03, PP-04, PP-08
        assertThat(DutiesOnStart.forPlace(PlaceOfSafety.FOSTER_CARER, false)).containsExactly(
                NotificationDuty.INFORM_LA_WHERE_FOUND, NotificationDuty.INFORM_LA_WHERE_LIVES,
                NotificationDuty.INFORM_CHILD, NotificationDuty.ASCERTAIN_CHILD_WISHES,
                NotificationDuty.DESIGNATED_OFFICER_INQUIRY, NotificationDuty.INFORM_PARENTS,
                NotificationDuty.INFORM_PARENTAL_RESPONSIBILITY, NotificationDuty.INFORM_PERSON_CHILD_LIVED_WITH,
                NotificationDuty.S47_ENQUIRY);
    }

    @Test
    void raisesATaskToMoveAChildKeptAtAPoliceStation() { // PP-03
        assertThat(DutiesOnStart.forPlace(PlaceOfSafety.POLICE_STATION, true))
                .contains(NotificationDuty.MOVE_TO_LA_ACCOMMODATION)
                .doesNotContain(NotificationDuty.INFORM_LA_WHERE_LIVES);
        assertThat(DutiesOnStart.forPlace(PlaceOfSafety.HOSPITAL, true))
                .doesNotContain(NotificationDuty.MOVE_TO_LA_ACCOMMODATION);
    }

    @Test
    void recordsAFailedNotificationOnlyWithWhatWasTried() { // PP-04
        RecordNotificationAttempt failed = new RecordNotificationAttempt(CASE, NotificationDuty.INFORM_PARENTS,
                "father", TAKEN.plusSeconds(3600), "PC 101", false, "");
        assertThat(rule(policy.attempt(facts(null, null), failed))).isEqualTo("PP-04");
        RecordNotificationAttempt withNote = new RecordNotificationAttempt(CASE, NotificationDuty.INFORM_PARENTS,
                "father", TAKEN.plusSeconds(3600), "PC 101", false, "phoned twice, no answer; visited, nobody home");
        assertThat(policy.attempt(facts(null, null), withNote).allowed()).isTrue();
    }

    @Test
    void requiresTheChildsWishesAndFeelingsInTheirWords() { // PP-03
        RecordNotificationAttempt c = new RecordNotificationAttempt(CASE, NotificationDuty.ASCERTAIN_CHILD_WISHES,
                "child", TAKEN.plusSeconds(1800), "PC 101", true, null);
        assertThat(field(policy.attempt(facts(null, null), c))).isEqualTo("note");
    }

    @Test
    void refusesTheTakingOfficerAsDesignatedOfficer() { // PP-03
        NameDesignatedOfficer same = new NameDesignatedOfficer(CASE, "pc 101", "PC Smith", "Constable",
                TAKEN.plusSeconds(600), "PC 101");
        assertThat(field(policy.nameDesignatedOfficer(facts(null, null), same))).isEqualTo("officerId");
        NameDesignatedOfficer insp = new NameDesignatedOfficer(CASE, "Insp 7", "Insp Evans", "Inspector",
                TAKEN.plusSeconds(600), "PC 101");
        assertThat(policy.nameDesignatedOfficer(facts(null, null), insp).allowed()).isTrue();
    }

    @Test
    void recordsTheDesignatedOfficersDecisionOnlyWithReasons() { // PP-05
        RecordDesignatedOfficerDecision noReasons = new RecordDesignatedOfficerDecision(CASE, "Insp 7",
                TAKEN.plusSeconds(7200), "spoke to LA and grandmother", DesignatedOfficerOutcome.RELEASE, "");
        assertThat(field(policy.decide(facts("Insp 7", null), noReasons))).isEqualTo("reasons");
        RecordDesignatedOfficerDecision byOther = new RecordDesignatedOfficerDecision(CASE, "PC 101",
                TAKEN.plusSeconds(7200), "x", DesignatedOfficerOutcome.RELEASE, "y");
        assertThat(field(policy.decide(facts("Insp 7", null), byOther))).isEqualTo("decidedBy");
        assertThat(field(policy.decide(facts(null, null), byOther))).isEqualTo("decidedBy");
    }

    @Test
    void releasesOnlyAfterTheDesignatedOfficerDecidedToRelease() { // PP-05
        EndPoliceProtection release = new EndPoliceProtection(CASE, ProtectionEndKind.RELEASED,
                TAKEN.plusSeconds(9000), "Insp 7", "grandmother", null, false, null);
        assertThat(field(policy.end(facts("Insp 7", DesignatedOfficerOutcome.CONTINUE_PROTECTION), release)))
                .isEqualTo("decision");
        assertThat(policy.end(facts("Insp 7", DesignatedOfficerOutcome.RELEASE), release).allowed()).isTrue();
        EndPoliceProtection toNobody = new EndPoliceProtection(CASE, ProtectionEndKind.RELEASED,
                TAKEN.plusSeconds(9000), "Insp 7", " ", null, false, null);
        assertThat(field(policy.end(facts("Insp 7", DesignatedOfficerOutcome.RELEASE), toNobody)))
                .isEqualTo("releasedTo");
    }

    @Test
    void refusesToEndPoliceProtectionWithNoDesignatedOfficerNamed() { // PP-03
        EndPoliceProtection la = new EndPoliceProtection(CASE, ProtectionEndKind.LOCAL_AUTHORITY_ACCOMMODATION,
                TAKEN.plusSeconds(9000), "PC 101", null, null, false, "Placed with foster carers by Newport");
        assertThat(field(policy.end(facts(null, null), la))).isEqualTo("designatedOfficer");
        assertThat(policy.end(facts("Insp 7", null), la).allowed()).isTrue();
    }

    @Test
    void endsWithAnEmergencyProtectionOrderOnlyWithTheTimeItWasGranted() { // PP-06
        EndPoliceProtection noTime = new EndPoliceProtection(CASE, ProtectionEndKind.EMERGENCY_PROTECTION_ORDER,
                TAKEN.plusSeconds(9000), "Insp 7", null, null, true, null);
        assertThat(rule(policy.end(facts("Insp 7", null), noTime))).isEqualTo("PP-06");
        EndPoliceProtection epo = new EndPoliceProtection(CASE, ProtectionEndKind.EMERGENCY_PROTECTION_ORDER,
                TAKEN.plusSeconds(9000), "Insp 7", null, TAKEN.plusSeconds(8000), true, null);
        assertThat(policy.end(facts("Insp 7", null), epo).allowed()).isTrue();
    }

    @Test
    void refusesAnythingOnAnEndedCase() { // PP-02
        ProtectionFacts ended = new ProtectionFacts(CASE, "PC 101", TAKEN, "Insp 7", DesignatedOfficerOutcome.RELEASE,
                true);
        RecordNotificationAttempt c = new RecordNotificationAttempt(CASE, NotificationDuty.INFORM_PARENTS, "mother",
                TAKEN.plusSeconds(60), "PC 101", true, null);
        assertThat(field(policy.attempt(ended, c))).isEqualTo("caseId");
    }
}
