package haven.protection.rules;

import haven.protection.NotificationDuty;
import haven.protection.PlaceOfSafety;

import java.util.ArrayList;
import java.util.List;

/** The tasks that taking a child into police protection opens (PP-03, PP-04, PP-08). */
public final class DutiesOnStart {

    private DutiesOnStart() {
    }

    public static List<NotificationDuty> forPlace(PlaceOfSafety place, boolean sameLocalAuthority) {
        List<NotificationDuty> duties = new ArrayList<>();
        duties.add(NotificationDuty.INFORM_LA_WHERE_FOUND);
        if (!sameLocalAuthority) {
            duties.add(NotificationDuty.INFORM_LA_WHERE_LIVES);
        }
        duties.add(NotificationDuty.INFORM_CHILD);
        duties.add(NotificationDuty.ASCERTAIN_CHILD_WISHES);
        duties.add(NotificationDuty.DESIGNATED_OFFICER_INQUIRY);
        if (place != null && place.needsMoveToLocalAuthority()) {
            duties.add(NotificationDuty.MOVE_TO_LA_ACCOMMODATION);
        }
        duties.add(NotificationDuty.INFORM_PARENTS);
        duties.add(NotificationDuty.INFORM_PARENTAL_RESPONSIBILITY);
        duties.add(NotificationDuty.INFORM_PERSON_CHILD_LIVED_WITH);
        duties.add(NotificationDuty.S47_ENQUIRY);
        return List.copyOf(duties);
    }
}
