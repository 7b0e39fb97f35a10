package haven.bench;

import haven.identity.People;
import haven.identity.PersonMatch;
import haven.platform.cli.OperatorCommand;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * {@code haven load-test --scenario search --users 20 --seconds 60}: signs in {@code users}
 * sessions to a running Haven and times person searches (names with a typo, as people type
 * them) or person pages (opened with a reason, so the whole page is built and logged).
 * Prints throughput and the 50th, 95th and 99th percentile latency.
 */
@Component
@CommandLine.Command(name = "load-test", description = "Time searches or person pages on a running Haven with concurrent users.")
class LoadTestCommand implements OperatorCommand {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final People people;

    @CommandLine.Option(names = "--url", defaultValue = "http://localhost:8080")
    String url;
    @CommandLine.Option(names = "--scenario", defaultValue = "search", description = "search or person")
    String scenario;
    @CommandLine.Option(names = "--users", defaultValue = "20")
    int users;
    @CommandLine.Option(names = "--seconds", defaultValue = "60")
    int seconds;
    @CommandLine.Option(names = "--warmup", defaultValue = "10", description = "seconds not counted")
    int warmup;
    @CommandLine.Option(names = "--think-ms", defaultValue = "0",
            description = "pause after each answer, as a person reads it (0: each user asks again at once)")
    int thinkMs;
    @CommandLine.Option(names = "--as", defaultValue = "police.officer")
    String username;
    @CommandLine.Option(names = "--password", defaultValue = "demo-password-1")
    String password;

    LoadTestCommand(People people) {
        this.people = people;
    }

    @Override
    public Integer call() throws Exception {
        List<PersonMatch> sample = people.sample(5_000, 0.02);
        if (sample.isEmpty()) {
            System.err.println("No persons to test with: load a demo area first.");
            return 2;
        }
        System.out.printf("Load test: %s, %d users, think time %d ms, %d s (+%d s warm-up), %d sample persons, against %s%n",
                scenario, users, thinkMs, seconds, warmup, sample.size(), url);
        var pool = Executors.newFixedThreadPool(users);
        long start = System.nanoTime();
        long countFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = countFrom + TimeUnit.SECONDS.toNanos(seconds);
        var errors = new AtomicLong();
        List<java.util.concurrent.Future<long[]>> results = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            final int worker = u;
            results.add(pool.submit(() -> run(worker, sample, countFrom, end, errors)));
        }
        var all = new ArrayList<Long>();
        for (var f : results) {
            for (long v : f.get()) {
                all.add(v);
            }
        }
        pool.shutdown();
        long[] lat = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (lat.length == 0) {
            System.err.println("No requests completed.");
            return 1;
        }
        System.out.printf("requests %,d in %d s: %.1f per second; errors %d%n", lat.length, seconds, lat.length / (double) seconds,
                errors.get());
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(lat, 50), pct(lat, 95), pct(lat, 99),
                lat[lat.length - 1] / 1e6);
        return 0;
    }

    private long[] run(int worker, List<PersonMatch> sample, long countFrom, long end, AtomicLong errors) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(http);
        var random = new Random(worker);
        var latencies = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
            var person = sample.get(random.nextInt(sample.size()));
            HttpRequest request;
            if (scenario.equals("person")) {
                post(http, "/people/" + person.personId() + "/reason", "reason=" + enc("Load test of the person page on this machine"));
                request = HttpRequest.newBuilder(URI.create(url + "/people/" + person.personId())).GET().build();
            } else {
                String[] parts = person.name().split(" ");
                String family = parts[parts.length - 1];
                String typo = family.length() > 4 ? family.substring(0, 2) + family.charAt(3) + family.charAt(2) + family.substring(4) : family;
                request = HttpRequest.newBuilder(URI.create(url + "/people?name=" + enc(parts[0] + " " + typo))).GET().build();
            }
            long t0 = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            if (t0 >= countFrom) {
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = took;
            }
            if (thinkMs > 0) {
                Thread.sleep(thinkMs);
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    private void signIn(HttpClient http) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(url + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No sign-in form at " + url);
        }
        post(http, "/sign-in", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1)));
    }

    private void post(HttpClient http, String path, String form) throws Exception {
        String csrf = null;
        if (!path.equals("/sign-in")) {
            csrf = csrfFromHome(http);
        }
        String body = csrf == null ? form : form + "&_csrf=" + enc(csrf);
        http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String token;

    private synchronized String csrfFromHome(HttpClient http) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(url + "/people")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var m = CSRF.matcher(page);
        return m.find() ? m.group(1) : token;
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
