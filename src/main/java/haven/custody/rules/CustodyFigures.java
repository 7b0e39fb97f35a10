package haven.custody.rules;

import haven.custody.CustodySummary;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The custody dashboard's figures, counted from the records themselves so they can be checked against them.
 * A detention lasts from arrival to closure, or to now while the child is still in custody.
 */
public record CustodyFigures(int children, int inCustodyNow, double averageDetentionHours, double longestDetentionHours,
                             int aaArrived, double averageAaDelayMinutes, int aaLate, int youthAssessmentsDone,
                             int transfersRequested, int transfersAchieved, int closed, int referred,
                             int cells, int stripSearches, int stripSearchesWithoutAa, List<SuiteMonth> months) {

    /** The share of closed records that went with a referral to children's social care, 0 to 100. */
    public double referralRatePercent() {
        return closed == 0 ? 0 : 100.0 * referred / closed;
    }

    public double youthAssessmentRatePercent() {
        return children == 0 ? 0 : 100.0 * youthAssessmentsDone / children;
    }

    /** One custody suite in one calendar month (London time). */
    public record SuiteMonth(String suite, YearMonth month, int children, double averageDetentionHours,
                             double averageAaDelayMinutes, int referred, int closed) {
    }

    public static CustodyFigures of(List<CustodySummary> rows, Instant now, Duration aaLateAfter) {
        List<Double> hours = rows.stream().map(r -> hours(r, now)).toList();
        List<Double> aaDelays = aaDelays(rows);
        int aaLate = (int) rows.stream().filter(r -> r.aaRequestedAt() != null)
                .filter(r -> AppropriateAdultDelay.of(r.aaRequestedAt(), r.aaArrivedAt(), now, aaLateAfter).late())
                .count();
        return new CustodyFigures(rows.size(), count(rows, CustodySummary::open), average(hours),
                hours.stream().mapToDouble(Double::doubleValue).max().orElse(0), aaDelays.size(), average(aaDelays),
                aaLate, count(rows, CustodySummary::youthAssessmentDone), count(rows, CustodySummary::transferRequested),
                count(rows, CustodySummary::transferAchieved), count(rows, r -> !r.open()),
                count(rows, r -> !r.open() && r.referred()),
                count(rows, r -> r.place() == haven.custody.DetentionPlace.CELL),
                count(rows, CustodySummary::stripSearched), count(rows, CustodySummary::searchedWithoutAa),
                months(rows, now));
    }

    private static List<SuiteMonth> months(List<CustodySummary> rows, Instant now) {
        Map<String, Map<YearMonth, List<CustodySummary>>> grouped = new TreeMap<>();
        for (CustodySummary r : rows) {
            YearMonth m = YearMonth.from(r.arrivedAt().atZone(Age.LONDON));
            grouped.computeIfAbsent(r.suite(), s -> new TreeMap<>()).computeIfAbsent(m, x -> new ArrayList<>()).add(r);
        }
        List<SuiteMonth> out = new ArrayList<>();
        grouped.forEach((suite, byMonth) -> byMonth.forEach((month, list) -> out.add(new SuiteMonth(suite, month,
                list.size(), average(list.stream().map(r -> hours(r, now)).toList()), average(aaDelays(list)),
                count(list, r -> !r.open() && r.referred()), count(list, r -> !r.open())))));
        out.sort(Comparator.comparing(SuiteMonth::month).thenComparing(SuiteMonth::suite));
        return List.copyOf(out);
    }

    static double hours(CustodySummary r, Instant now) {
        Instant end = r.closedAt() != null ? r.closedAt() : now;
        return Duration.between(r.arrivedAt(), end).toMinutes() / 60.0;
    }

    private static List<Double> aaDelays(List<CustodySummary> rows) {
        return rows.stream().filter(r -> r.aaRequestedAt() != null && r.aaArrivedAt() != null)
                .map(r -> (double) Duration.between(r.aaRequestedAt(), r.aaArrivedAt()).toMinutes()).toList();
    }

    private static double average(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static int count(List<CustodySummary> rows, Predicate<CustodySummary> p) {
        return (int) rows.stream().filter(p).count();
    }
}
