package haven.custody.internal;

import haven.custody.rules.CustodyFigures.SuiteMonth;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** Draws one monthly figure per custody suite as an accessible SVG bar chart (no script, no external assets). */
public final class MonthlyChart {

    private static final String[] COLOURS = {"#1d70b8", "#f47738", "#00703c", "#912b88", "#d4351c", "#505a5f"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private MonthlyChart() {
    }

    public static String svg(String title, List<SuiteMonth> months, ToDoubleFunction<SuiteMonth> value, String unit) {
        TreeSet<YearMonth> allMonths = new TreeSet<>();
        Map<String, Map<YearMonth, Double>> bySuite = new TreeMap<>();
        for (SuiteMonth m : months) {
            allMonths.add(m.month());
            bySuite.computeIfAbsent(m.suite(), s -> new TreeMap<>()).put(m.month(), value.applyAsDouble(m));
        }
        double max = bySuite.values().stream().flatMap(x -> x.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        double top = max <= 0 ? 1 : niceCeiling(max);
        int width = 720;
        int height = 320;
        int left = 50;
        int bottom = 40;
        int plotH = height - bottom - 30;
        int plotW = width - left - 160;
        int groups = Math.max(1, allMonths.size());
        int suites = Math.max(1, bySuite.size());
        double groupW = (double) plotW / groups;
        double barW = Math.max(2, (groupW - 8) / suites);

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" aria-labelledby=\"chart-title\">");
        s.append("<title id=\"chart-title\">").append(esc(title)).append("</title>");
        // presentation attributes, not a <style> element: the content security policy allows no inline styles
        s.append("<g font-family=\"system-ui, -apple-system, 'Segoe UI', Arial, sans-serif\" font-size=\"12\" fill=\"#0b0c0c\">");
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double y = 30 + plotH - plotH * i / 4.0;
            s.append(String.format(Locale.UK, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b1b4b6\"/>",
                    left, y, left + plotW, y));
            s.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", left - 6,
                    y + 4, fmt(v)));
        }
        int g = 0;
        for (YearMonth month : allMonths) {
            double gx = left + g * groupW + 4;
            int k = 0;
            for (Map.Entry<String, Map<YearMonth, Double>> e : bySuite.entrySet()) {
                double v = e.getValue().getOrDefault(month, 0.0);
                double h = plotH * v / top;
                double x = gx + k * barW;
                double y = 30 + plotH - h;
                s.append(String.format(Locale.UK,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s %s</title></rect>",
                        x, y, barW - 1, h, COLOURS[k % COLOURS.length], esc(e.getKey()), month.format(MONTH), fmt(v),
                        esc(unit)));
                k++;
            }
            s.append(String.format(Locale.UK, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    left + g * groupW + groupW / 2, height - bottom + 18, month.format(MONTH)));
            g++;
        }
        int k = 0;
        for (String suite : bySuite.keySet()) {
            int y = 40 + k * 20;
            s.append(String.format(Locale.UK, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    left + plotW + 16, y - 10, COLOURS[k % COLOURS.length]));
            s.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%d\">%s</text>", left + plotW + 34, y, esc(suite)));
            k++;
        }
        s.append("</g></svg>");
        return s.toString();
    }

    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.UK, "%.1f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
