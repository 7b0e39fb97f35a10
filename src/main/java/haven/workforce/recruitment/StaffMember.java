package haven.workforce.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member of staff: role, whether the role is regulated activity with children, experience with children,
 * vetting (enhanced DBS with the children's barred list, or a separate barred-list check while it is pending),
 * who supervises them, and training completed.
 */
public record StaffMember(UUID id, UUID establishmentId, String displayName, String role,
                          boolean regulatedActivity, int monthsExperienceWithChildren,
                          CheckStatus enhancedDbs, CheckStatus separateBarredListCheck,
                          UUID supervisorId, LocalDate startDate, List<String> training) {

    public StaffMember {
        training = training == null ? List.of() : List.copyOf(training);
        enhancedDbs = enhancedDbs == null ? CheckStatus.NOT_REQUESTED : enhancedDbs;
        separateBarredListCheck = separateBarredListCheck == null ? CheckStatus.NOT_REQUESTED : separateBarredListCheck;
    }

    /** No experience of working with children: the finding at Medway, so it is shown to managers. */
    public boolean inexperiencedWithChildren() {
        return monthsExperienceWithChildren <= 0;
    }

    @Override
    public String toString() {
        return "StaffMember[" + id + "]";
    }
}
