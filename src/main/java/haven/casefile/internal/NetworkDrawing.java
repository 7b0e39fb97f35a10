package haven.casefile.internal;

import haven.casefile.PersonFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a person's first ring of links as SVG: the person at the centre, people as
 * circles, places as squares, things as diamonds; flagged people in red. The tables on
 * the page say the same for screen readers, so the drawing is marked decorative.
 */
public final class NetworkDrawing {
    private static final int SIZE = 560;
    private static final int CENTRE = SIZE / 2;
    private static final int RADIUS = 190;

    private NetworkDrawing() {
    }

    private record Node(String label, String shape, String colour, String href) {
    }

    public static String svg(PersonFile file) {
        var nodes = new ArrayList<Node>();
        for (var p : file.people()) {
            nodes.add(new Node(p.name() + " (" + lower(p.type()) + ")", "circle", p.flags().isEmpty() ? "#1d70b8" : "#d4351c",
                    p.personId() == null ? null : "/people/" + p.personId()));
        }
        for (var p : file.places()) {
            nodes.add(new Node(p.address() + " (" + lower(p.type()) + ")", "square", p.flags().isEmpty() ? "#00703c" : "#f47738",
                    "/locations/" + p.locationId()));
        }
        for (var t : file.things()) {
            nodes.add(new Node(t.description(), "diamond", "#4c2c92", null));
        }
        if (nodes.isEmpty()) {
            return null;
        }
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" role=\"img\" aria-label=\"Network drawing; the tables below list the same links\" id=\"network-drawing\">");
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            points.add(new int[] {CENTRE + (int) (RADIUS * Math.cos(angle)), CENTRE + (int) (RADIUS * Math.sin(angle))});
        }
        for (int[] p : points) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\" stroke-width=\"2\"/>",
                    CENTRE, CENTRE, p[0], p[1]));
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"22\" fill=\"#0b0c0c\"/>", CENTRE, CENTRE));
        svg.append(text(CENTRE, CENTRE + 40, file.summary().name(), true));
        for (int i = 0; i < nodes.size(); i++) {
            var n = nodes.get(i);
            int x = points.get(i)[0];
            int y = points.get(i)[1];
            if (n.href() != null) {
                svg.append("<a href=\"").append(HtmlUtils.htmlEscape(n.href())).append("\">");
            }
            switch (n.shape()) {
                case "circle" -> svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"14\" fill=\"%s\"/>", x, y, n.colour()));
                case "square" -> svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"26\" height=\"26\" fill=\"%s\"/>",
                        x - 13, y - 13, n.colour()));
                default -> svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d %d,%d\" fill=\"%s\"/>",
                        x, y - 16, x + 16, y, x, y + 16, x - 16, y, n.colour()));
            }
            svg.append(text(x, y + 30, n.label(), false));
            if (n.href() != null) {
                svg.append("</a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String label, boolean bold) {
        String shown = label.length() > 38 ? label.substring(0, 36) + "…" : label;
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" font-family=\"sans-serif\"%s>%s</text>",
                x, y, bold ? " font-weight=\"bold\"" : "", HtmlUtils.htmlEscape(shown));
    }

    private static String lower(String s) {
        return s.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
