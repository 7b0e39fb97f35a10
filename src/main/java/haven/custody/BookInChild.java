package haven.custody;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Command: a detained person who appears to be under 18 is booked into a custody suite (C-01).
 *
 * @param dateOfBirth        as stated or verified; may be unknown (personal: never logged)
 * @param apparentAge        the custody officer's estimate when there is no verified date of birth
 * @param ageVerified        whether there is clear evidence of the date of birth (C-01)
 * @param arrivedAt          arrival at the station: the relevant time for the detention clock (C-06, PACE-06)
 * @param detentionAuthorisedAt when the custody officer authorised detention: the review clock starts here (PACE-05)
 * @param indictableOffence  whether the offence is indictable (needed for a superintendent's extension, PACE-06)
 * @param violentOrSexualOffence whether the offence is violent or sexual (PACE-09)
 */
public record BookInChild(
        long childId,
        String suite,
        Sex sex,
        LocalDate dateOfBirth,
        Integer apparentAge,
        boolean ageVerified,
        ArrestKind arrestKind,
        String offence,
        boolean indictableOffence,
        boolean violentOrSexualOffence,
        Instant arrivedAt,
        Instant detentionAuthorisedAt,
        String authorisedBy) {

    @Override
    public String toString() {
        return "BookInChild[childId=" + childId + ", suite=" + suite + "]";
    }
}
