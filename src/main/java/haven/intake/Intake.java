package haven.intake;

import haven.identity.People;
import haven.identity.RecordRegistered;
import haven.intake.internal.ExtractReader;
import haven.intake.internal.ImportRuns;
import haven.intake.internal.RowMapping;
import haven.network.LinkDraft;
import haven.network.Network;
import haven.network.Source;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports agency extracts in chunks: each row is checked, valid rows are stored in one
 * set-based pass per chunk, and a row that still fails is retried alone and reported, so
 * one bad row never blocks the others or leaves anything half-written.
 */
@Service
public class Intake {
    private static final Logger log = LoggerFactory.getLogger(Intake.class);
    /**
     * Rows stored per transaction. Large enough that the fixed cost of a chunk (its commit, and
     * the co-location check each chunk's new links trigger) is spread thin; a chunk that fails is
     * split in halves until the rows at fault are found.
     */
    static final int CHUNK = 20_000;

    private final People people;
    private final Network network;
    private final ImportRuns runs;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    Intake(People people, Network network, ImportRuns runs, TransactionTemplate transactions, JsonMapper json) {
        this.people = people;
        this.network = network;
        this.runs = runs;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Imports a whole extract for one agency; {@code progress} hears the rows stored so far. Rows are read, mapped
     * and checked on the calling thread while earlier chunks are stored, {@link #WRITERS} at a time, each in its own
     * transaction on its own connection (see {@link Lanes} for rows that must wait for a chunk before them).
     */
    public ImportReport importFile(long agencyId, String fileName, String format, InputStream in, String importedBy,
                                   IntConsumer progress) {
        if (!List.of("csv", "json").contains(format)) {
            throw new InvalidInput("format", "Format must be csv or json");
        }
        long started = System.nanoTime();
        long runId = runs.start(fileName, format, agencyId, importedBy);
        var read = new Tally(); // rows refused while reading, on this thread
        var stored = new Tally(); // rows stored or refused by the database, on the writer threads
        var seen = new HashMap<String, Integer>();
        int total = 0;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
            var t = new Thread(r, "import-" + runId + "-writer");
            t.setDaemon(true);
            return t;
        });
        var lanes = new Lanes(writers, WRITERS);
        var reported = new java.util.concurrent.atomic.AtomicInteger();
        IntConsumer monotonic = rows -> {
            if (reported.accumulateAndGet(rows, Math::max) == rows) {
                progress.accept(rows);
            }
        };
        try {
            var rows = ExtractReader.open(in, format, json);
            var chunk = new ArrayList<RowMapping.Mapped>();
            while (rows.hasNext()) {
                ExtractRow row = rows.next();
                total++;
                var result = RowMapping.map(row, agencyId);
                List<FieldProblem> problems = new ArrayList<>(result.problems());
                if (result.mapped() != null) {
                    problems.addAll(people.problems(result.mapped().record()).stream()
                            .map(p -> new FieldProblem(snake(p.field()), p.message())).toList());
                    String key = result.mapped().record().sourceSystem() + "|" + result.mapped().record().sourceId();
                    Integer earlier = seen.putIfAbsent(key, row.rowNumber());
                    if (earlier != null && problems.isEmpty()) {
                        problems.add(new FieldProblem("source_id", "The same source_system and source_id is already in row " + earlier));
                    }
                }
                if (!problems.isEmpty()) {
                    problems.forEach(p -> read.rejections.add(new ImportReport.Rejection(row.rowNumber(), p.field(), p.message())));
                    read.counts[3]++;
                } else {
                    chunk.add(result.mapped());
                }
                if (chunk.size() == CHUNK) {
                    int soFar = total;
                    chunk = new ArrayList<>(lanes.submit(chunk,
                            part -> chunkToStore(part, agencyId, importedBy, fileName, stored, monotonic, soFar)));
                }
            }
            int all = total;
            var rest = lanes.submit(chunk, part -> chunkToStore(part, agencyId, importedBy, fileName, stored, monotonic, all));
            lanes.awaitAll();
            lanes.submit(rest, part -> chunkToStore(part, agencyId, importedBy, fileName, stored, monotonic, all));
            lanes.awaitAll();
        } catch (ExtractReader.UnreadableFile e) {
            lanes.awaitAll();
            read.rejections.add(new ImportReport.Rejection(total + 1, "file", e.getMessage()));
            read.counts[3]++;
        } finally {
            writers.shutdownNow();
        }
        var counts = new int[4];
        for (int i = 0; i < 4; i++) {
            counts[i] = read.counts[i] + stored.counts[i];
        }
        var rejections = new ArrayList<ImportReport.Rejection>(read.rejections);
        rejections.addAll(stored.rejections);
        rejections.sort(Comparator.comparingInt(ImportReport.Rejection::row));
        double seconds = (System.nanoTime() - started) / 1e9;
        runs.finish(runId, total, counts, rejections);
        log.info("Import {} finished: {} rows, {} rejected, {} s", runId, total, counts[3], String.format("%.1f", seconds));
        return new ImportReport(runId, fileName, total, counts[0], counts[1], counts[2], counts[3], rejections, seconds);
    }

    /**
     * Chunks stored at once. Two on the two-core machine this was measured on: 13,650 to 15,530 rows a second
     * against 11,215 to 12,012 with one (docs/intake.md, "Second pass").
     */
    static final int WRITERS = 2;

    /** Counts (created, updated, unchanged, rejected) and rejections; the writers' tally is shared under its lock. */
    private static final class Tally {
        final int[] counts = new int[4];
        final List<ImportReport.Rejection> rejections = new ArrayList<>();
    }

    private Runnable chunkToStore(List<RowMapping.Mapped> chunk, long agencyId, String by, String fileName, Tally stored,
                                  IntConsumer progress, int rowsRead) {
        return () -> {
            var counts = new int[4];
            var rejections = new ArrayList<ImportReport.Rejection>();
            store(chunk, agencyId, by, fileName, rowsRead, counts, rejections);
            synchronized (stored) {
                for (int i = 0; i < 4; i++) {
                    stored.counts[i] += counts[i];
                }
                stored.rejections.addAll(rejections);
            }
            progress.accept(rowsRead);
        };
    }

    /** Registers one record (with its address) from the API; refuses it whole, naming each bad field. */
    public RecordRegistered registerOne(long agencyId, Map<String, String> values, String by) {
        var result = RowMapping.map(new ExtractRow(1, lowerKeys(values)), agencyId);
        var problems = new ArrayList<>(result.problems());
        if (result.mapped() != null) {
            people.problems(result.mapped().record()).forEach(p -> problems.add(new FieldProblem(snake(p.field()), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return transactions.execute(tx -> storeRows(List.of(result.mapped()), agencyId, by, "api", 1).get(0));
    }

    private void store(List<RowMapping.Mapped> chunk, long agencyId, String by, String fileName, int rowsRead,
                       int[] counts, List<ImportReport.Rejection> rejections) {
        if (chunk.isEmpty()) {
            return;
        }
        var results = storeOrSplit(chunk, agencyId, by, fileName, rowsRead, counts, rejections);
        for (var r : results) {
            switch (r.outcome()) {
                case CREATED -> counts[0]++;
                case UPDATED -> counts[1]++;
                default -> counts[2]++;
            }
        }
    }

    /**
     * Stores the rows in one transaction; if that fails, stores each half in its own, down to
     * single rows, so the rows at fault are found in a few steps and reported, and the others land. {@code rowsRead}
     * is how many rows of the file were read when the chunk was handed over: a file of more than
     * {@link People#INCREMENTAL_MATCH_LIMIT} rows is a bulk load, none of whose chunks (nor the rows held back to its
     * end, nor a refused chunk's halves) is matched as it arrives.
     */
    private List<RecordRegistered> storeOrSplit(List<RowMapping.Mapped> rows, long agencyId, String by, String fileName,
                                                int rowsRead, int[] counts, List<ImportReport.Rejection> rejections) {
        try {
            people.rememberNames(rows.stream().map(RowMapping.Mapped::record).toList());
            return transactions.execute(tx -> storeRows(rows, agencyId, by, fileName, rowsRead));
        } catch (RuntimeException failed) {
            if (rows.size() == 1) {
                rejections.add(new ImportReport.Rejection(rows.get(0).row().rowNumber(), "row",
                        "Could not be stored: " + rootMessage(failed)));
                counts[3]++;
                return List.of();
            }
            log.warn("A chunk of {} rows was refused ({}); storing its halves apart", rows.size(), reasonForLog(failed));
            int half = rows.size() / 2;
            var results = new ArrayList<>(storeOrSplit(rows.subList(0, half), agencyId, by, fileName, rowsRead, counts, rejections));
            results.addAll(storeOrSplit(rows.subList(half, rows.size()), agencyId, by, fileName, rowsRead, counts, rejections));
            return results;
        }
    }

    private List<RecordRegistered> storeRows(List<RowMapping.Mapped> rows, long agencyId, String by, String fileName,
                                             int loadSize) {
        // matched once their homes are stored, so that a shared address counts (HomeAddresses)
        var results = people.registerAll(rows.stream().map(RowMapping.Mapped::record).toList(), by,
                "imported from " + fileName, false);
        var withAddress = new ArrayList<Integer>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).address() != null) {
                withAddress.add(i);
            }
        }
        var locations = network.locateAll(withAddress.stream().map(i -> rows.get(i).address()).toList(), by);
        var homes = new ArrayList<LinkDraft>(withAddress.size());
        for (int k = 0; k < withAddress.size(); k++) {
            var row = rows.get(withAddress.get(k));
            var record = row.record();
            homes.add(new LinkDraft(new Source(agencyId, record.sourceSystem(), record.sourceId() + "/lives-at/" + locations.get(k),
                    record.lawfulBasis(), by), "LIVES_AT", results.get(withAddress.get(k)).recordId(), null, locations.get(k), null,
                    row.livesAtFrom(), null));
        }
        int linked = network.linkHomes(homes, "A new address imported from " + fileName);
        results = people.matchRegistered(results, loadSize);
        // last, and in this order: an analyse holds its lock until the commit (RecordStore.refreshStatisticsAfterGrowth)
        people.refreshStatisticsAfter((int) results.stream().filter(r -> r.outcome() == RecordRegistered.Outcome.CREATED).count());
        network.refreshStatisticsAfter(linked);
        return results;
    }

    private static Map<String, String> lowerKeys(Map<String, String> values) {
        var out = new HashMap<String, String>();
        values.forEach((k, v) -> out.put(snake(k), v));
        return out;
    }

    /** API callers may send camelCase names; the extract's columns are snake_case. */
    static String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Why the database refused a chunk, for the log: the SQL state and the constraint, never the message, whose
     * first line can quote a row's value (a date of birth that did not parse). The row's own report keeps the
     * message for the person who sent it.
     */
    private static String reasonForLog(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.postgresql.util.PSQLException p) {
                var server = p.getServerErrorMessage();
                String constraint = server == null ? null : server.getConstraint();
                return "SQL state " + p.getSQLState() + (constraint == null ? "" : ", constraint " + constraint);
            }
        }
        return t.getClass().getSimpleName();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
