package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;

/**
 * Dates of birth: exact, day and month transposed, year off by one or by ten (day and month the same), one part
 * different, one digit mistyped, different.
 */
public final class DateOfBirthComparison implements Comparison {
    public static final int EXACT = 0, DAY_MONTH_TRANSPOSED = 1, YEAR_OFF_BY_ONE_OR_TEN = 2, ONE_PART_DIFFERENT = 3,
            ONE_DIGIT_DIFFERENT = 4, DIFFERENT = 5;
    private static final List<String> LEVELS = List.of("exact", "day and month transposed",
            "year off by one or ten", "one part different", "one digit different", "different");

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
            return ONE_PART_DIFFERENT;
        }
        return oneEditApart(a.dob, b.dob) ? ONE_DIGIT_DIFFERENT : DIFFERENT;
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
