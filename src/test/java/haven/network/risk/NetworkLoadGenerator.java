package haven.network.risk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator for the network API (not a test): picks persons with links at random from
 * the database, then asks {@code /api/v1/network/people/{id}?hops=N} for each from several
 * threads and prints the latency percentiles. Run it with the JDK's source launcher; see
 * docs/network.md for the exact command.
 *
 * <p>Arguments: base URL, username (or {@code token:<bearer token>}), database JDBC URL, requests, threads, hops, sample size, path suffix.
 */
public final class NetworkLoadGenerator {
    private NetworkLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String jdbc = args[2];
        int requests = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int hops = Integer.parseInt(args[5]);
        int sample = Integer.parseInt(args[6]);
        String kind = args.length > 7 ? args[7] : "people";
        var ids = new ArrayList<Long>();
        try (var c = DriverManager.getConnection(jdbc, "postgres", "postgres"); var st = c.createStatement()) {
            String sql = kind.equals("people")
                    ? "select distinct r.person_id from link k tablesample system (1) join person_record r on r.id = k.from_record limit " + sample
                    : "select distinct k.to_location from link k tablesample system (1) where k.to_location is not null limit " + sample;
            try (var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        Collections.shuffle(ids, new java.util.Random(7));
        // "token:..." signs in as an agency system with its bearer token; otherwise a demo user by HTTP Basic,
        // which checks the password hash on every request (deliberately slow, so not what a system uses).
        String auth = user.startsWith("token:") ? "Bearer " + user.substring(6)
                : "Basic " + Base64.getEncoder().encodeToString((user + ":demo-password-1").getBytes(StandardCharsets.UTF_8));
        var http = HttpClient.newHttpClient();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicInteger();
        var nodes = new AtomicInteger();
        var next = new AtomicInteger();
        int warmup = Math.min(100, requests / 10);
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < requests + warmup) {
                long id = ids.get(i % ids.size());
                var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/network/" + kind + "/" + id + "?hops=" + hops
                        + "&reason=Load+test+of+the+network+query")).header("Authorization", auth).GET().build();
                long t = System.nanoTime();
                try {
                    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else if (i >= warmup) {
                        latencies.add(elapsed);
                        nodes.addAndGet(response.body().split("\"kind\"").length - 1);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        };
        long started = System.nanoTime();
        var pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(worker);
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s hops=%d: %d requests (after %d warm-up) on %d threads, %d errors, %.1f requests/s%n", kind, hops,
                sorted.size(), warmup, threads, errors.get(), (sorted.size() + warmup) / seconds);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f; mean nodes per answer %.1f%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6,
                nodes.get() / (double) Math.max(1, sorted.size()));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
