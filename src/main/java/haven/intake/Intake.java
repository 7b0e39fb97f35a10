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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Imports a whole extract for one agency; {@code progress} hears the rows read so far. */
    public ImportReport importFile(long agencyId, String fileName, String format, InputStream in, String importedBy,
                                   IntConsumer progress) {
        if (!List.of("csv", "json").contains(format)) {
            throw new InvalidInput("format", "Format must be csv or json");
        }
        long started = System.nanoTime();
        long runId = runs.start(fileName, format, agencyId, importedBy);
        var counts = new int[4]; // created, updated, unchanged, rejected
        var rejections = new ArrayList<ImportReport.Rejection>();
        var seen = new HashMap<String, Integer>();
        int total = 0;
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
                    problems.forEach(p -> rejections.add(new ImportReport.Rejection(row.rowNumber(), p.field(), p.message())));
                    counts[3]++;
                } else {
                    chunk.add(result.mapped());
                }
                if (chunk.size() == CHUNK) {
                    store(chunk, agencyId, importedBy, fileName, counts, rejections);
                    chunk.clear();
                    progress.accept(total);
                }
            }
            store(chunk, agencyId, importedBy, fileName, counts, rejections);
            progress.accept(total);
        } catch (ExtractReader.UnreadableFile e) {
            rejections.add(new ImportReport.Rejection(total + 1, "file", e.getMessage()));
            counts[3]++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        runs.finish(runId, total, counts, rejections);
        log.info("Import {} finished: {} rows, {} rejected, {} s", runId, total, counts[3], String.format("%.1f", seconds));
        return new ImportReport(runId, fileName, total, counts[0], counts[1], counts[2], counts[3], rejections, seconds);
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
        return transactions.execute(tx -> storeRows(List.of(result.mapped()), agencyId, by, "api").get(0));
    }

    private void store(List<RowMapping.Mapped> chunk, long agencyId, String by, String fileName, int[] counts,
                       List<ImportReport.Rejection> rejections) {
        if (chunk.isEmpty()) {
            return;
        }
        var results = storeOrSplit(chunk, agencyId, by, fileName, counts, rejections);
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
     * single rows, so the rows at fault are found in a few steps and reported, and the others land.
     */
    private List<RecordRegistered> storeOrSplit(List<RowMapping.Mapped> rows, long agencyId, String by, String fileName,
                                                int[] counts, List<ImportReport.Rejection> rejections) {
        try {
            return transactions.execute(tx -> storeRows(rows, agencyId, by, fileName));
        } catch (RuntimeException failed) {
            if (rows.size() == 1) {
                rejections.add(new ImportReport.Rejection(rows.get(0).row().rowNumber(), "row",
                        "Could not be stored: " + rootMessage(failed)));
                counts[3]++;
                return List.of();
            }
            int half = rows.size() / 2;
            var results = new ArrayList<>(storeOrSplit(rows.subList(0, half), agencyId, by, fileName, counts, rejections));
            results.addAll(storeOrSplit(rows.subList(half, rows.size()), agencyId, by, fileName, counts, rejections));
            return results;
        }
    }

    private List<RecordRegistered> storeRows(List<RowMapping.Mapped> rows, long agencyId, String by, String fileName) {
        var results = people.registerAll(rows.stream().map(RowMapping.Mapped::record).toList(), by, "imported from " + fileName);
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
        network.linkHomes(homes, "A new address imported from " + fileName);
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

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
