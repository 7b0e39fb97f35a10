package haven.referrals.internal;

import haven.referrals.Dashboard;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Server-drawn SVG charts for the dashboard: no scripts and no inline styles (the content
 * security policy allows neither), only presentation attributes. Text is escaped.
 */
public final class Charts {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final String BLUE = "#1d70b8";
    private static final String RED = "#d4351c";
    private static final String GREY = "#b1b4b6";

    private Charts() {
    }

    /** Referrals sent per week as bars, those ending in no further action as a darker part of each bar. */
    public static String weekly(List<Dashboard.Week> weeks) {
        int w = 720;
        int h = 260;
        int left = 40;
        int bottom = 40;
        long max = Math.max(1, weeks.stream().mapToLong(Dashboard.Week::sent).max().orElse(1));
        double slot = (double) (w - left - 10) / Math.max(1, weeks.size());
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-labelledby=\"weekly-title\"><title id=\"weekly-title\">Referrals sent per week,"
                        + " and how many ended in no further action</title>");
        svg.append(line(left, h - bottom, w - 10, h - bottom, "#0b0c0c"));
        svg.append(text(left - 6, 14, String.valueOf(max), "end"));
        svg.append(text(left - 6, h - bottom, "0", "end"));
        for (int i = 0; i < weeks.size(); i++) {
            var week = weeks.get(i);
            double x = left + i * slot + slot * 0.15;
            double bw = slot * 0.7;
            double sentH = (h - bottom - 10) * (double) week.sent() / max;
            double nfaH = (h - bottom - 10) * (double) week.nfa() / max;
            svg.append(rect(x, h - bottom - sentH, bw, sentH, BLUE, week.sent() + " sent in the week of " + WEEK.format(week.start())));
            if (week.nfa() > 0) {
                svg.append(rect(x, h - bottom - nfaH, bw, nfaH, RED, week.nfa() + " ended in no further action"));
            }
            if (i % 2 == 0) {
                svg.append(text(x + bw / 2, h - bottom + 16, WEEK.format(week.start()), "middle"));
            }
        }
        svg.append(rect(left, h - 14, 10, 10, BLUE, "")).append(text(left + 14, h - 5, "Sent", "start"));
        svg.append(rect(left + 70, h - 14, 10, 10, RED, "")).append(text(left + 84, h - 5, "No further action", "start"));
        return svg.append("</svg>").toString();
    }

    /** The share of decided referrals ending in no further action, one horizontal bar per group. */
    public static String shares(String id, String title, List<Dashboard.Share> shares) {
        int rowH = 26;
        int labelW = 400;
        int barW = 360;
        int h = 20 + rowH * Math.max(1, shares.size());
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart\" viewBox=\"0 0 ").append(labelW + barW + 60)
                .append(' ').append(h).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\"><title id=\"")
                .append(id).append("-title\">").append(escape(title)).append("</title>");
        for (int i = 0; i < shares.size(); i++) {
            var s = shares.get(i);
            double y = 10 + i * rowH;
            svg.append(text(labelW - 8, y + 16, s.group(), "end"));
            svg.append(rect(labelW, y + 4, barW, 16, GREY, ""));
            svg.append(rect(labelW, y + 4, barW * s.share(), 16, RED,
                    s.nfa() + " of " + s.decided() + " decided ended in no further action"));
            svg.append(text(labelW + barW + 6, y + 16, Math.round(s.share() * 100) + "%", "start"));
        }
        return svg.append("</svg>").toString();
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">%s</rect>",
                x, y, w, Math.max(0, h), fill, title.isEmpty() ? "" : "<title>" + escape(title) + "</title>");
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", x1, y1, x2, y2, stroke);
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#0b0c0c\" text-anchor=\"%s\">%s</text>",
                x, y, anchor, escape(s));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
