package haven.clocks.benchmark;

import haven.clocks.register.EscalationChain;
import haven.clocks.store.SetBasedSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the set-based SQL sweep over {@code count} open deadlines in a throwaway embedded PostgreSQL: a catch-up pass
 * (deadlines started over the last 10 days, so many warnings, breaches and escalations at once) and then the steady
 * pass a minute later. Usage: {@code java -cp ... haven.clocks.benchmark.DatabaseSweepBenchmark [count] [batch]}.
 */
public final class DatabaseSweepBenchmark {

    private DatabaseSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = Files.createTempDirectory("clocks-bench-pg");
        try (var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "64MB")
                .setServerConfig("timezone", "UTC").start()) {
            var ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            Instant now = Instant.parse("2026-06-15T10:00:00Z");

            long t0 = System.nanoTime();
            // PP-02-like deadlines: 72 h, warnings at 48 h and 66 h, started up to 10 days before now; 50 owners in 5 agencies
            jdbc.sql("""
                    insert into clocks_deadline (rule_id, jurisdiction, subject_type, subject_id, owner_user_id, team,
                        agency_id, start_at, due_at, due_kind, warning_at, next_check_at, opened_at, opened_by)
                    select 'PP-02', 'ENGLAND', 'benchmark', g::text, 1 + g % 50, 'team ' || (g % 10), 1 + g % 5,
                           s, s + interval '72 hours', 'AT_INSTANT',
                           array[s + interval '48 hours', s + interval '66 hours'], s + interval '48 hours', s, 'benchmark'
                    from (select g, cast(:now as timestamptz) - make_interval(mins => cast((g::bigint * 7919) % (10 * 24 * 60) as int)) as s
                          from generate_series(1, :count) g) x""")
                    .param("now", now.atOffset(ZoneOffset.UTC)).param("count", count).update();
            jdbc.sql("analyze clocks_deadline").update();
            System.out.printf("loaded %,d open deadlines in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);

            Map<Long, Long> supervisors = new HashMap<>();
            for (long u = 1; u <= 50; u++) {
                supervisors.put(u, 100 + u % 5);
            }
            Map<Long, Long> leads = new HashMap<>();
            for (long a = 1; a <= 5; a++) {
                leads.put(a, 200 + a);
            }
            SetBasedSweep sweep = new SetBasedSweep(jdbc, batch);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            var directory = new SetBasedSweep.Directory(supervisors, leads);
            long catchUp = System.nanoTime();
            long worst = 0;
            int passes = 0;
            long breaches = 0, steps = 0, warnings = 0;
            SetBasedSweep.Findings f;
            do {
                long start = System.nanoTime();
                f = tx.execute(s -> sweep.run(now, EscalationChain.defaults(), directory));
                worst = Math.max(worst, (System.nanoTime() - start) / 1_000_000);
                passes++;
                breaches += f.breaches().size();
                steps += f.escalations().size();
                warnings += f.warnings().size();
            } while (f.backlog());
            System.out.printf("catch-up at %s: %d passes, %,d breaches, %,d escalation steps, %,d warnings; longest pass %d ms, all %d ms%n",
                    now, passes, breaches, steps, warnings, worst, (System.nanoTime() - catchUp) / 1_000_000);
            for (int minute = 1; minute <= 3; minute++) {
                Instant at = now.plus(Duration.ofMinutes(minute));
                long start = System.nanoTime();
                f = tx.execute(s -> sweep.run(at, EscalationChain.defaults(), directory));
                System.out.printf("steady pass at %s over %,d deadlines: %,d breaches, %,d escalation steps, %,d warnings in %d ms%n",
                        at, count, f.breaches().size(), f.escalations().size(), f.warnings().size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf("on %d cores%n", Runtime.getRuntime().availableProcessors());
        }
    }
}
