package haven.network.risk.internal;

import haven.network.risk.NetworkGraph;
import java.util.List;
import java.util.Locale;

/**
 * Draws a risk network as SVG: people as circles (children blue, adults dark grey),
 * places as green squares, things as purple diamonds, events as brown triangles; a red
 * ring marks a flagged node; restricted people are pale grey and unnamed; ended links are
 * dashed. The page's table lists the same nodes for screen readers.
 */
public final class NetworkSvg {
    static final double WIDTH = 900;
    static final double HEIGHT = 640;

    private NetworkSvg() {
    }

    public static String draw(NetworkGraph graph) {
        var hops = new java.util.LinkedHashMap<String, Integer>();
        graph.nodes().forEach(n -> hops.put(n.key(), n.hop()));
        List<String[]> edges = graph.edges().stream().map(e -> new String[] {e.from(), e.to()}).toList();
        var at = ForceLayout.place(graph.rootKey(), hops, edges, WIDTH, HEIGHT);
        var svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-labelledby=\"network-drawing-title\" id=\"network-drawing\">", WIDTH, HEIGHT));
        svg.append("<title id=\"network-drawing-title\">Drawing of the network: ").append(graph.nodes().size())
                .append(" people, places, things and events within ").append(graph.hops())
                .append(" links. The table below lists the same.</title>");
        for (var e : graph.edges()) {
            var a = at.get(e.from());
            var b = at.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\" "
                    + "stroke-width=\"1.5\"%s><title>%s</title></line>", a.x(), a.y(), b.x(), b.y(),
                    e.current() ? "" : " stroke-dasharray=\"5,4\"", escape(label(e.type()) + (e.current() ? "" : " (ended)"))));
        }
        for (var n : graph.nodes()) {
            var p = at.get(n.key());
            String href = href(n);
            svg.append("<g class=\"haven-node haven-node--").append(n.kind().name().toLowerCase(Locale.ROOT))
                    .append(n.restricted() ? " haven-node--restricted" : "").append(n.flagged() ? " haven-node--flagged" : "")
                    .append("\" data-key=\"").append(n.restricted() ? "restricted" : n.key()).append("\">");
            if (href != null) {
                svg.append("<a href=\"").append(escape(href)).append("\">");
            }
            shape(svg, n, p.x(), p.y(), n.key().equals(graph.rootKey()));
            svg.append("<title>").append(escape(n.label() + (n.flagged() ? ": " + String.join(", ", n.flags()) : "")))
                    .append("</title>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" "
                    + "font-family=\"sans-serif\" fill=\"#0b0c0c\">%s</text>", p.x(), p.y() + 24, escape(shorten(n.label()))));
            if (href != null) {
                svg.append("</a>");
            }
            svg.append("</g>");
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, NetworkGraph.Node n, double x, double y, boolean root) {
        String fill = n.restricted() ? "#d8dadb" : switch (n.kind()) {
            case PERSON -> n.child() ? "#1d70b8" : "#505a5f";
            case LOCATION -> "#00703c";
            case THING -> "#4c2c92";
            case EVENT -> "#b58840";
        };
        String stroke = n.flagged() ? " stroke=\"#d4351c\" stroke-width=\"4\"" : root ? " stroke=\"#0b0c0c\" stroke-width=\"3\"" : "";
        double r = root ? 14 : 10;
        switch (n.kind()) {
            case PERSON -> svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\"%s/>",
                    x, y, r, fill, stroke));
            case LOCATION -> svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\" fill=\"%s\"%s/>",
                    x - r, y - r, 2 * r, 2 * r, fill, stroke));
            case THING -> svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"%s/>",
                    x, y - r - 2, x + r + 2, y, x, y + r + 2, x - r - 2, y, fill, stroke));
            case EVENT -> svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"%s/>",
                    x, y - r, x + r, y + r, x - r, y + r, fill, stroke));
        }
    }

    private static void legend(StringBuilder svg) {
        String[][] items = {{"#1d70b8", "Child"}, {"#505a5f", "Adult"}, {"#00703c", "Place"}, {"#4c2c92", "Phone, vehicle, device"},
                {"#b58840", "Event"}, {"#d8dadb", "Restricted"}};
        double y = 16;
        svg.append("<g aria-hidden=\"true\">");
        for (var item : items) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"8\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"26\" y=\"%.0f\" font-size=\"11\" font-family=\"sans-serif\">%s</text>", y - 10, item[0], y, item[1]));
            y += 16;
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"14\" cy=\"%.0f\" r=\"6\" fill=\"#ffffff\" stroke=\"#d4351c\" stroke-width=\"3\"/>"
                + "<text x=\"26\" y=\"%.0f\" font-size=\"11\" font-family=\"sans-serif\">Flagged</text></g>", y - 4, y));
    }

    static String href(NetworkGraph.Node n) {
        if (n.restricted() || n.id() == null) {
            return null;
        }
        return switch (n.kind()) {
            case PERSON -> "/network/people/" + n.id();
            case LOCATION -> "/network/locations/" + n.id();
            default -> null;
        };
    }

    static String label(String constant) {
        String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String shorten(String s) {
        return s.length() > 28 ? s.substring(0, 26) + "…" : s;
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
