package haven.custody.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/** Age in whole years on a given day, counted in England and Wales local time. */
public final class Age {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Age() {
    }

    public static int at(LocalDate dateOfBirth, Instant when) {
        return Period.between(dateOfBirth, LocalDate.ofInstant(when, LONDON)).getYears();
    }
}
