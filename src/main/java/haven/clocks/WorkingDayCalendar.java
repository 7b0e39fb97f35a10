package haven.clocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The England and Wales working-day calendar (C-02): Monday to Friday except bank holidays, read from data
 * files, one per year, named {@code england-and-wales-YYYY.csv} with columns {@code date,name}.
 *
 * <p>A date in a year without a file cannot be decided, so asking about it throws rather than guessing.
 */
public final class WorkingDayCalendar {

    /** The classpath folder holding the shipped files. */
    public static final String CLASSPATH_FOLDER = "clocks/bank-holidays/";

    private static final Pattern FILE_NAME = Pattern.compile("england-and-wales-(\\d{4})\\.csv");
    private static final int FIRST_YEAR_PROBED = 2000;
    private static final int LAST_YEAR_PROBED = 2100;

    private final Map<LocalDate, String> bankHolidays;
    private final Set<Integer> years;

    private WorkingDayCalendar(Map<LocalDate, String> bankHolidays, Set<Integer> years) {
        this.bankHolidays = Collections.unmodifiableMap(new TreeMap<>(bankHolidays));
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    /** A calendar from the given holidays covering the given years (for tests and other sources). */
    public static WorkingDayCalendar of(Map<LocalDate, String> bankHolidays, Set<Integer> years) {
        return new WorkingDayCalendar(bankHolidays, years);
    }

    /** The calendar shipped with Haven (2024 to 2030 at the time of writing). */
    public static WorkingDayCalendar shipped() {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Set<Integer> years = new TreeSet<>();
        ClassLoader loader = WorkingDayCalendar.class.getClassLoader();
        for (int year = FIRST_YEAR_PROBED; year <= LAST_YEAR_PROBED; year++) {
            String name = CLASSPATH_FOLDER + "england-and-wales-" + year + ".csv";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    read(new InputStreamReader(in, StandardCharsets.UTF_8), name, year, holidays);
                    years.add(year);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        if (years.isEmpty()) {
            throw new IllegalStateException("no bank-holiday files found on the classpath under " + CLASSPATH_FOLDER);
        }
        return new WorkingDayCalendar(holidays, years);
    }

    /**
     * A calendar read from a folder of {@code england-and-wales-YYYY.csv} files, replacing the shipped one.
     *
     * @throws IllegalArgumentException if the folder holds no such file or a file is malformed
     */
    public static WorkingDayCalendar fromDirectory(Path folder) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Set<Integer> years = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "england-and-wales-*.csv")) {
            for (Path file : files) {
                Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                int year = Integer.parseInt(m.group(1));
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    read(reader, file.toString(), year, holidays);
                }
                years.add(year);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("bank-holiday folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException("bank-holiday folder " + folder + " holds no england-and-wales-YYYY.csv file");
        }
        return new WorkingDayCalendar(holidays, years);
    }

    private static void read(Reader reader, String source, int year, Map<LocalDate, String> into) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord row : format.parse(reader)) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + row.getRecordNumber() + ": date is not YYYY-MM-DD");
            }
            if (date.getYear() != year) {
                throw new IllegalArgumentException(source + " line " + row.getRecordNumber()
                        + ": date " + date + " is not in " + year);
            }
            into.put(date, row.isMapped("name") ? row.get("name") : "Bank holiday");
        }
    }

    /** The years this calendar has data for. */
    public Set<Integer> years() {
        return years;
    }

    /** The bank holidays with their names, in date order. */
    public Map<LocalDate, String> bankHolidays() {
        return bankHolidays;
    }

    /** The bank holiday's name on a date, if it is one. */
    public Optional<String> bankHoliday(LocalDate date) {
        covered(date);
        return Optional.ofNullable(bankHolidays.get(date));
    }

    /** Monday to Friday and not a bank holiday (C-02). */
    public boolean isWorkingDay(LocalDate date) {
        covered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.containsKey(date);
    }

    /**
     * The Nth working day after a date, the date itself being day 0 whether or not it is a working day (C-03).
     * With {@code n = 0} returns the date itself.
     */
    public LocalDate addWorkingDays(LocalDate day0, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate date = day0;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The Nth working day before a date (the date itself not counted); {@code n = 0} returns the date. */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The first working day strictly after a date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    private void covered(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new IllegalArgumentException("date: no bank-holiday data for " + date.getYear()
                    + " (calendar covers " + years + "); add england-and-wales-" + date.getYear() + ".csv");
        }
    }
}
