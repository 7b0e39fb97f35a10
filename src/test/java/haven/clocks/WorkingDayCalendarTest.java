package haven.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

    @Test
    void shipsOneFileForEachYearFrom2024To2030() { // C-02
        assertThat(calendar.years()).containsExactly(2024, 2025, 2026, 2027, 2028, 2029, 2030);
    }

    @Test
    void shippedBankHolidaysFollowTheEnglandAndWalesPatternEveryYear() { // C-02
        for (int year = 2024; year <= 2030; year++) {
            Set<LocalDate> shipped = new TreeSet<>();
            for (LocalDate d : calendar.bankHolidays().keySet()) {
                if (d.getYear() == year) {
                    shipped.add(d);
                }
            }
            assertThat(shipped).as("bank holidays of %s", year).isEqualTo(expectedBankHolidays(year));
        }
    }

    @Test
    void boxingDay2026FallsOnASaturdaySoMonday28DecemberIsTheSubstitute() { // C-02
        assertThat(calendar.bankHoliday(LocalDate.of(2026, 12, 28))).contains("Boxing Day (substitute day)");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void christmas2027FallsAtAWeekendSoMonday27AndTuesday28AreSubstitutes() { // C-02
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 29))).isTrue();
    }

    @Test
    void newYear2028FallsOnASaturdaySoMonday3JanuaryIsTheSubstitute() { // C-02
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDays() { // C-02
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 9))).isTrue();
    }

    @Test
    void countsWorkingDaysWithTheStartDayAsDayZero() { // C-03
        LocalDate thursdayBeforeEaster = LocalDate.of(2025, 4, 17);
        assertThat(calendar.addWorkingDays(thursdayBeforeEaster, 1)).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(calendar.addWorkingDays(thursdayBeforeEaster, 0)).isEqualTo(thursdayBeforeEaster);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void refusesToGuessAboutAYearWithoutData() { // C-02
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2031");
    }

    @Test
    void aFolderOfFilesReplacesTheShippedCalendar(@TempDir Path folder) throws IOException { // C-02
        Files.writeString(folder.resolve("england-and-wales-2031.csv"),
                "date,name\n2031-01-01,New Year's Day\n2031-01-02,Local day of mourning\n");
        WorkingDayCalendar replaced = WorkingDayCalendar.fromDirectory(folder);
        assertThat(replaced.years()).containsExactly(2031);
        assertThat(replaced.isWorkingDay(LocalDate.of(2031, 1, 2))).isFalse();
        assertThat(replaced.isWorkingDay(LocalDate.of(2031, 1, 3))).isTrue();
    }

    @Test
    void aMalformedFileIsRejectedWithItsLine(@TempDir Path folder) throws IOException { // C-02
        Files.writeString(folder.resolve("england-and-wales-2031.csv"), "date,name\n31/01/2031,Oops\n");
        assertThatThrownBy(() -> WorkingDayCalendar.fromDirectory(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    /** Worked out independently from the statutory pattern: the files must agree. */
    private static Set<LocalDate> expectedBankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easter(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
        days.add(christmas);
        LocalDate boxing = weekdayOnOrAfter(LocalDate.of(year, 12, 26));
        days.add(boxing.isAfter(christmas) ? boxing : weekdayOnOrAfter(christmas.plusDays(1)));
        return days;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Meeus/Jones/Butcher, written separately from the production algorithm. */
    private static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(y, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
    }
}
