package haven.secureestate.staffing;

import java.time.LocalDate;
import java.util.UUID;

/** Planned against actual staff on a unit for one shift, with the children there. */
public record ShiftStaffing(UUID unitId, LocalDate day, Shift shift, int planned, int actual, int children) {

    public ShiftStaffing {
        if (planned < 0 || actual < 0 || children < 0) {
            throw new IllegalArgumentException("staffing counts must not be negative");
        }
    }

    /** Staff short of the plan; zero when the plan was met. */
    public int gap() {
        return Math.max(0, planned - actual);
    }

    /** One member of staff (or none) with children on the unit: inspectors found this repeatedly. */
    public boolean singleStaffed() {
        return children > 0 && actual <= 1;
    }

    public boolean shortOfPlan() {
        return actual < planned;
    }
}
