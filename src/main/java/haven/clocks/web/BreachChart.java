package haven.clocks.web;

import haven.clocks.BreachCount;
import haven.clocks.RuleId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Draws breaches per rule per month as an SVG bar chart: one group of bars per month, one colour per rule. */
final class BreachChart {

    private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#28a197", "#f499be",
            "#85994b", "#b58840", "#6f72af", "#912b88", "#505a5f"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final int HEIGHT = 260;
    private static final int TOP = 20;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;

    private BreachChart() {
    }

    static String svg(List<BreachCount> counts, YearMonth from, YearMonth to) {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        TreeSet<RuleId> rules = new TreeSet<>();
        Map<YearMonth, Map<RuleId, Long>> byMonth = new TreeMap<>();
        long max = 1;
        for (BreachCount c : counts) {
            rules.add(c.rule());
            byMonth.computeIfAbsent(c.month(), k -> new TreeMap<>()).put(c.rule(), c.breaches());
            max = Math.max(max, c.breaches());
        }
        int groupWidth = Math.max(24, rules.size() * 10 + 8);
        int width = LEFT + months.size() * groupWidth + 10;
        int plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"haven-chart\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT + 20 + 16 * ((rules.size() + 3) / 4)).append("\" aria-labelledby=\"breach-chart-title\">")
                .append("<title id=\"breach-chart-title\">Breaches per rule per month</title>");
        svg.append(line(LEFT, TOP, LEFT, TOP + plot)).append(line(LEFT, TOP + plot, width - 5, TOP + plot));
        svg.append(text(LEFT - 6, TOP + 4, String.valueOf(max), "end")).append(text(LEFT - 6, TOP + plot, "0", "end"));
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            int x0 = LEFT + i * groupWidth + 4;
            int r = 0;
            for (RuleId rule : rules) {
                long n = byMonth.getOrDefault(m, Map.of()).getOrDefault(rule, 0L);
                int h = (int) Math.round((double) n / max * plot);
                if (n > 0) {
                    svg.append("<rect x=\"").append(x0 + r * 10).append("\" y=\"").append(TOP + plot - h)
                            .append("\" width=\"9\" height=\"").append(h).append("\" fill=\"").append(colour(rules, rule))
                            .append("\"><title>").append(rule.code()).append(", ").append(MONTH.format(m)).append(": ")
                            .append(n).append("</title></rect>");
                }
                r++;
            }
            svg.append(text(x0 + groupWidth / 2 - 4, TOP + plot + 16, MONTH.format(m), "middle"));
        }
        int legendY = HEIGHT + 4;
        int k = 0;
        for (RuleId rule : rules) {
            int x = LEFT + (k % 4) * 110;
            int y = legendY + (k / 4) * 16;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour(rules, rule)).append("\"/>").append(text(x + 14, y + 9, rule.code(), "start"));
            k++;
        }
        return svg.append("</svg>").toString();
    }

    private static String colour(TreeSet<RuleId> rules, RuleId rule) {
        return COLOURS[rules.headSet(rule).size() % COLOURS.length];
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#0b0c0c\"/>";
    }

    private static String text(int x, int y, String s, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"12\" text-anchor=\"" + anchor + "\" fill=\"#0b0c0c\">" + s + "</text>";
    }
}
