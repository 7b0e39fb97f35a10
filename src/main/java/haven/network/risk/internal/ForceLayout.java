package haven.network.risk.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places nodes for drawing: a layered start (the root in the centre, each hop on a wider
 * ring) relaxed by a Fruchterman–Reingold force simulation, so linked nodes sit close and
 * unlinked ones apart. Deterministic: the same graph always gives the same picture.
 */
public final class ForceLayout {
    private static final int ITERATIONS = 160;

    /** A node's position within the drawing. */
    public record Point(double x, double y) {
    }

    private ForceLayout() {
    }

    public static Map<String, Point> place(String root, Map<String, Integer> hops, List<String[]> edges, double width,
                                           double height) {
        var keys = List.copyOf(hops.keySet());
        int n = keys.size();
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < n; i++) {
            index.put(keys.get(i), i);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double cx = width / 2;
        double cy = height / 2;
        int maxHop = hops.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double ring = Math.min(width, height) * 0.42 / Math.max(1, maxHop);
        var perHop = new HashMap<Integer, Integer>();
        var seenPerHop = new HashMap<Integer, Integer>();
        hops.values().forEach(h -> perHop.merge(h, 1, Integer::sum));
        for (int i = 0; i < n; i++) {
            int h = hops.get(keys.get(i));
            int k = seenPerHop.merge(h, 1, Integer::sum) - 1;
            double angle = 2 * Math.PI * k / perHop.get(h) + h * 0.4;
            x[i] = cx + ring * h * Math.cos(angle);
            y[i] = cy + ring * h * Math.sin(angle);
        }
        int[][] links = edges.stream().filter(e -> index.containsKey(e[0]) && index.containsKey(e[1]))
                .map(e -> new int[] {index.get(e[0]), index.get(e[1])}).toArray(int[][]::new);
        double k = Math.sqrt(width * height / Math.max(1, n)) * 0.6;
        double temperature = width / 8;
        int rootIndex = index.getOrDefault(root, -1);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j];
                    double ddy = y[i] - y[j];
                    double d2 = Math.max(0.01, ddx * ddx + ddy * ddy);
                    double force = k * k / d2;
                    dx[i] += ddx * force;
                    dy[i] += ddy * force;
                    dx[j] -= ddx * force;
                    dy[j] -= ddy * force;
                }
            }
            for (int[] l : links) {
                double ddx = x[l[0]] - x[l[1]];
                double ddy = y[l[0]] - y[l[1]];
                double d = Math.max(0.01, Math.sqrt(ddx * ddx + ddy * ddy));
                double force = d / k;
                dx[l[0]] -= ddx * force;
                dy[l[0]] -= ddy * force;
                dx[l[1]] += ddx * force;
                dy[l[1]] += ddy * force;
            }
            for (int i = 0; i < n; i++) {
                if (i == rootIndex) {
                    continue;
                }
                double d = Math.max(0.01, Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
                double step = Math.min(d, temperature);
                x[i] = clamp(x[i] + dx[i] / d * step, 40, width - 40);
                y[i] = clamp(y[i] + dy[i] / d * step, 40, height - 40);
            }
            temperature *= 0.97;
        }
        var result = new HashMap<String, Point>();
        for (int i = 0; i < n; i++) {
            result.put(keys.get(i), new Point(i == rootIndex ? cx : x[i], i == rootIndex ? cy : y[i]));
        }
        return result;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
