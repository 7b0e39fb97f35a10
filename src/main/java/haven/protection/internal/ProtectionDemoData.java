package haven.protection.internal;

import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import haven.protection.DesignatedOfficerOutcome;
import haven.protection.EndPoliceProtection;
import haven.protection.NameDesignatedOfficer;
import haven.protection.NotificationDuty;
import haven.protection.PlaceOfSafety;
import haven.protection.Protection;
import haven.protection.ProtectionEndKind;
import haven.protection.ProtectionPower;
import haven.protection.RecordDesignatedOfficerDecision;
import haven.protection.RecordNotificationAttempt;
import haven.protection.TakeIntoPoliceProtection;
import haven.platform.rules.Verdict;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Demo police protection cases: most children go to foster carers or relatives, a few to a police station with an
 * exceptional reason; two are in police protection now. Everything goes through the {@link Protection} facade.
 */
@Component
class ProtectionDemoData implements DemoSeeder {

    private static final String BY = "police.sergeant";
    private static final List<PlaceOfSafety> PLACES = List.of(PlaceOfSafety.FOSTER_CARER, PlaceOfSafety.RELATIVE,
            PlaceOfSafety.LOCAL_AUTHORITY_ACCOMMODATION, PlaceOfSafety.HOSPITAL, PlaceOfSafety.FOSTER_CARER,
            PlaceOfSafety.POLICE_STATION);

    private final Protection protection;
    private final Clock clock;

    ProtectionDemoData(Protection protection, Clock clock) {
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 301;
    }

    @Override
    public void seed(DemoArea area) {
        Random random = area.random();
        int count = "small".equals(area.size()) ? 10 : 30;
        for (int i = 0; i < count && i < area.children().size(); i++) {
            one(area.children().get(i), i < 2, random);
        }
    }

    private void one(long child, boolean open, Random random) {
        Instant now = clock.instant();
        Instant taken = open ? now.minus(Duration.ofHours(3 + random.nextInt(40)))
                : now.minus(Duration.ofDays(4 + random.nextInt(170)));
        PlaceOfSafety place = PLACES.get(random.nextInt(PLACES.size()));
        Verdict v = protection.takeIntoPoliceProtection(new TakeIntoPoliceProtection(child, "PC 4471", taken,
                "Family home", "Parent intoxicated and unable to care for the child; no other carer present",
                ProtectionPower.REMOVED_TO_ACCOMMODATION, place,
                place == PlaceOfSafety.POLICE_STATION ? "No foster placement available until the morning" : null,
                "Ashvale", random.nextInt(4) == 0 ? "Brackenford" : "Ashvale"), "ENGLAND", BY);
        if (!(v instanceof Verdict.Allowed ok)) {
            return;
        }
        long id = ok.id();
        Instant t = taken.plus(Duration.ofMinutes(30 + random.nextInt(60)));
        protection.recordAttempt(new RecordNotificationAttempt(id, NotificationDuty.INFORM_LA_WHERE_FOUND,
                "Ashvale emergency duty team", t, "PC 4471", true, null), BY);
        protection.recordAttempt(new RecordNotificationAttempt(id, NotificationDuty.INFORM_CHILD, "the child", t,
                "PC 4471", true, "Explained why and where they are going"), BY);
        protection.recordAttempt(new RecordNotificationAttempt(id, NotificationDuty.INFORM_PARENTS, "father", t,
                "PC 4471", false, "Phoned twice, no answer; message left"), BY);
        boolean named = random.nextInt(5) != 0 || !open;
        if (named) {
            protection.nameDesignatedOfficer(new NameDesignatedOfficer(id, "Insp 1102", "Insp Rowan Price",
                    "Inspector", t.plus(Duration.ofMinutes(20)), BY), BY);
        }
        if (open) {
            return;
        }
        if (place == PlaceOfSafety.POLICE_STATION) {
            protection.moveTo(id, PlaceOfSafety.FOSTER_CARER, null, taken.plus(Duration.ofHours(9)),
                    "Emergency foster placement found", BY);
        }
        Instant decided = taken.plus(Duration.ofHours(6 + random.nextInt(30)));
        boolean release = random.nextBoolean();
        protection.recordDecision(new RecordDesignatedOfficerDecision(id, "Insp 1102", decided,
                "Spoke to the local authority, the grandmother and the child",
                release ? DesignatedOfficerOutcome.RELEASE : DesignatedOfficerOutcome.CONTINUE_PROTECTION,
                release ? "Grandmother able to care for the child; safety plan agreed with children's services"
                        : "Significant harm still likely; the local authority will apply for an order"), BY);
        Instant ended = decided.plus(Duration.ofHours(1 + random.nextInt(20)));
        if (release) {
            protection.end(new EndPoliceProtection(id, ProtectionEndKind.RELEASED, ended, "Insp 1102", "grandmother",
                    null, false, "Released under a safety plan"), BY);
        } else if (random.nextBoolean()) {
            protection.end(new EndPoliceProtection(id, ProtectionEndKind.EMERGENCY_PROTECTION_ORDER, ended, "Insp 1102",
                    null, ended.minus(Duration.ofMinutes(30)), false, "Order granted to the local authority"), BY);
        } else {
            protection.end(new EndPoliceProtection(id, ProtectionEndKind.LOCAL_AUTHORITY_ACCOMMODATION, ended,
                    "Insp 1102", null, null, false, "Accommodated with foster carers by Ashvale"), BY);
        }
    }
}
