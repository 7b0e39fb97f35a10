package haven.custody.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * C-01: anyone who appears to be under 18 is treated as a juvenile unless there is clear evidence otherwise.
 */
public final class JuvenilePolicy {

    private JuvenilePolicy() {
    }

    /**
     * @param dateOfBirth  stated or verified date of birth, may be null
     * @param ageVerified  whether the date of birth is backed by clear evidence
     * @param apparentAge  the custody officer's estimate, may be null
     */
    public static boolean treatAsJuvenile(LocalDate dateOfBirth, boolean ageVerified, Integer apparentAge,
                                          Instant at) {
        if (dateOfBirth != null && ageVerified) {
            return Age.at(dateOfBirth, at) < 18;
        }
        boolean statedUnder18 = dateOfBirth != null && Age.at(dateOfBirth, at) < 18;
        boolean appearsUnder18 = apparentAge != null && apparentAge < 18;
        return statedUnder18 || appearsUnder18;
    }

    /** The age the rules work with: the date of birth when known, otherwise the apparent age. */
    public static Integer workingAge(LocalDate dateOfBirth, Integer apparentAge, Instant at) {
        return dateOfBirth != null ? Integer.valueOf(Age.at(dateOfBirth, at)) : apparentAge;
    }
}
