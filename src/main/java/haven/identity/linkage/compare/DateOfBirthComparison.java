package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;

/**
 * Dates of birth: exact, day and month transposed, year off by one or by ten (day and month the same), one part
 * different, one digit mistyped, within a month, within a year, different. The same day and month a generation
 * apart is "different" (see {@link #A_GENERATION}). "Within a month", "within a year" and
 * "different" are what the family rule treats as clearly different dates: a sibling may be born ten months after
 * another, and two babies of one household recorded weeks apart are better put before a person.
 */
public final class DateOfBirthComparison implements Comparison {
    public static final int EXACT = 0, DAY_MONTH_TRANSPOSED = 1, YEAR_OFF_BY_ONE_OR_TEN = 2, ONE_PART_DIFFERENT = 3,
            ONE_DIGIT_DIFFERENT = 4, WITHIN_A_MONTH = 5, WITHIN_A_YEAR = 6, DIFFERENT = 7;
    private static final List<String> LEVELS = List.of("exact", "day and month transposed",
            "year off by one or ten", "one part different", "one digit different", "within a month",
            "within a year", "different");
    /** Days between two dates counted with 31-day months and 372-day years: close enough to grade, never fails. */
    private static final int MONTH = 31, YEAR = 372;
    /**
     * Years between the births of a parent and a child at the least. Two dates with the same day and month this many
     * years apart, the years more than one digit or one swap apart, are two generations (a son named after his father
     * and born on his birthday), not one date typed wrongly.
     */
    private static final int A_GENERATION = 12;

    /** True for the levels at which two dates of birth clearly belong to two people (siblings, parent and child). */
    public static boolean clearlyDifferent(int level) {
        return level == WITHIN_A_MONTH || level == WITHIN_A_YEAR || level == DIFFERENT;
    }

    @Override
    public String name() {
        return "date of birth";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Role role() {
        return Role.DATE_OF_BIRTH;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        if (a.dob == null || b.dob == null) {
            return MISSING;
        }
        if (a.dob.equals(b.dob)) {
            return EXACT;
        }
        boolean sameYear = a.dobYear == b.dobYear;
        if (sameYear && a.dobDay == b.dobMonth && a.dobMonth == b.dobDay) {
            return DAY_MONTH_TRANSPOSED;
        }
        int yearGap = Math.abs(a.dobYear - b.dobYear);
        boolean sameDayMonth = a.dobDay == b.dobDay && a.dobMonth == b.dobMonth;
        if (sameDayMonth && (yearGap == 1 || yearGap == 10)) {
            return YEAR_OFF_BY_ONE_OR_TEN;
        }
        int same = (sameYear ? 1 : 0) + (a.dobMonth == b.dobMonth ? 1 : 0) + (a.dobDay == b.dobDay ? 1 : 0);
        if (same == 2) {
            if (sameDayMonth && yearGap >= A_GENERATION && !oneEditApart(a.dob, b.dob)) {
                // a parent and a child born on the same day of the year, not a mistyped year
                return DIFFERENT;
            }
            return ONE_PART_DIFFERENT;
        }
        if (oneEditApart(a.dob, b.dob)) {
            return ONE_DIGIT_DIFFERENT;
        }
        int days = Math.abs(dayNumber(a) - dayNumber(b));
        return days <= MONTH ? WITHIN_A_MONTH : days <= YEAR ? WITHIN_A_YEAR : DIFFERENT;
    }

    private static int dayNumber(PreparedRecord r) {
        return r.dobYear * YEAR + (r.dobMonth - 1) * MONTH + r.dobDay;
    }

    /** One substitution or one swap of neighbouring digits. */
    static boolean oneEditApart(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int first = -1, diffs = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (diffs == 0) {
                    first = i;
                }
                diffs++;
            }
        }
        if (diffs == 1) {
            return true;
        }
        return diffs == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
    }
}
