package haven.secureestate.oversight;

import java.util.List;
import java.util.Locale;

/**
 * Draws the dashboard's trend charts as inline SVG: server-rendered, no JavaScript, with a title and description
 * for screen readers. Each chart is accompanied on the page by the same figures as a table.
 */
public final class SvgChart {

    private static final int W = 640;
    private static final int H = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    /** A named line of values, one per x label. {@code lower}/{@code upper} optionally shade a spread around it. */
    public record Series(String name, String colour, double[] values, double[] lower, double[] upper) {
        public static Series of(String name, String colour, double[] values) {
            return new Series(name, colour, values, null, null);
        }
    }

    private SvgChart() {
    }

    public static String line(String id, String title, List<String> labels, List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
            if (s.upper() != null) {
                for (double v : s.upper()) {
                    max = Math.max(max, v);
                }
            }
        }
        double top = niceCeiling(max);
        StringBuilder svg = open(id, title, series, labels);
        axes(svg, labels, top);
        for (Series s : series) {
            if (s.lower() != null && s.upper() != null) {
                StringBuilder band = new StringBuilder();
                for (int i = 0; i < s.upper().length; i++) {
                    band.append(i == 0 ? "M" : "L").append(fmt(x(i, labels.size()))).append(',').append(fmt(y(s.upper()[i], top)));
                }
                for (int i = s.lower().length - 1; i >= 0; i--) {
                    band.append('L').append(fmt(x(i, labels.size()))).append(',').append(fmt(y(s.lower()[i], top)));
                }
                svg.append("<path d=\"").append(band).append("Z\" fill=\"").append(s.colour())
                        .append("\" fill-opacity=\"0.18\" stroke=\"none\"/>");
            }
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.values().length; i++) {
                path.append(i == 0 ? "M" : "L").append(fmt(x(i, labels.size()))).append(',').append(fmt(y(s.values()[i], top)));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.colour())
                    .append("\" stroke-width=\"2.5\"/>");
            for (int i = 0; i < s.values().length; i++) {
                svg.append("<circle cx=\"").append(fmt(x(i, labels.size()))).append("\" cy=\"")
                        .append(fmt(y(s.values()[i], top))).append("\" r=\"3\" fill=\"").append(s.colour()).append("\"><title>")
                        .append(escape(labels.get(i) + ": " + s.name() + " " + fmt(s.values()[i]))).append("</title></circle>");
            }
        }
        legend(svg, series);
        return svg.append("</svg>").toString();
    }

    public static String bars(String id, String title, List<String> labels, Series series) {
        double max = 0;
        for (double v : series.values()) {
            max = Math.max(max, v);
        }
        double top = niceCeiling(max);
        StringBuilder svg = open(id, title, List.of(series), labels);
        axes(svg, labels, top);
        double slot = (W - LEFT - RIGHT) / (double) Math.max(1, labels.size());
        for (int i = 0; i < series.values().length; i++) {
            double v = series.values()[i];
            double yTop = y(v, top);
            svg.append("<rect x=\"").append(fmt(LEFT + i * slot + slot * 0.15)).append("\" y=\"").append(fmt(yTop))
                    .append("\" width=\"").append(fmt(slot * 0.7)).append("\" height=\"").append(fmt(H - BOTTOM - yTop))
                    .append("\" fill=\"").append(series.colour()).append("\"><title>")
                    .append(escape(labels.get(i) + ": " + fmt(v))).append("</title></rect>");
        }
        legend(svg, List.of(series));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, List<Series> series, List<String> labels) {
        StringBuilder desc = new StringBuilder();
        for (Series s : series) {
            desc.append(s.name()).append(": ");
            for (int i = 0; i < s.values().length; i++) {
                desc.append(i > 0 ? ", " : "").append(labels.get(i)).append(' ').append(fmt(s.values()[i]));
            }
            desc.append(". ");
        }
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"haven-chart\" width=\"100%\" viewBox=\"0 0 ")
                .append(W).append(' ').append(H).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ")
                .append(id).append("-d\" id=\"").append(id).append("\"><title id=\"").append(id).append("-t\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("-d\">")
                .append(escape(desc.toString().trim())).append("</desc>")
                .append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\" fill=\"#0b0c0c\">")
                .append(escape(title)).append("</text>");
    }

    private static void axes(StringBuilder svg, List<String> labels, double top) {
        for (int g = 0; g <= 4; g++) {
            double v = top * g / 4;
            double yy = y(v, top);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(fmt(yy))
                    .append("\" y2=\"").append(fmt(yy)).append("\" stroke=\"#b1b4b6\" stroke-width=\"").append(g == 0 ? 1.5 : 0.5)
                    .append("\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(yy + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#505a5f\">").append(fmt(v)).append("</text>");
        }
        int step = Math.max(1, (int) Math.ceil(labels.size() / 8.0));
        for (int i = 0; i < labels.size(); i += step) {
            svg.append("<text x=\"").append(fmt(x(i, labels.size()))).append("\" y=\"").append(H - BOTTOM + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#505a5f\">").append(escape(labels.get(i)))
                    .append("</text>");
        }
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        int lx = LEFT;
        for (Series s : series) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(H - 14).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(s.colour()).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(H - 4)
                    .append("\" font-size=\"11\" fill=\"#0b0c0c\">").append(escape(s.name())).append("</text>");
            lx += 24 + s.name().length() * 7;
        }
    }

    private static double x(int i, int n) {
        double slot = (W - LEFT - RIGHT) / (double) Math.max(1, n);
        return LEFT + slot * i + slot / 2;
    }

    private static double y(double v, double top) {
        return H - BOTTOM - (top == 0 ? 0 : v / top * (H - BOTTOM - TOP));
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= max) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
