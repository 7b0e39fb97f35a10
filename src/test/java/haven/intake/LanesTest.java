package haven.intake;

import static org.assertj.core.api.Assertions.assertThat;

import haven.intake.internal.RowMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two chunks are stored side by side, but a row whose NHS number is in a chunk still being stored waits for a later
 * chunk: otherwise it could not find the person that chunk is creating, and would become a second person.
 */
class LanesTest {

    private static RowMapping.Mapped row(int n, String nhs) {
        var values = new java.util.HashMap<>(Map.of("source_system", "LanesTest", "source_id", "L" + n,
                "given_names", "Ada", "family_name", "Lanesby", "lawful_basis", "consent"));
        if (nhs != null) {
            values.put("nhs_number", nhs);
        }
        return RowMapping.map(new ExtractRow(n, values), 1).mapped();
    }

    @Test
    void holdsBackOnlyTheRowsSharingAnIdentifierWithAChunkStillBeingStored() throws Exception {
        var writers = Executors.newFixedThreadPool(2);
        try {
            var lanes = new Lanes(writers, 2);
            var release = new CountDownLatch(1);
            var stored = new ArrayList<List<Integer>>();
            List<RowMapping.Mapped> first = List.of(row(1, "9434765919"), row(2, "9434765870"));
            assertThat(lanes.submit(first, rows -> () -> {
                awaitQuietly(release);
                record(stored, rows);
            })).isEmpty();

            List<RowMapping.Mapped> second = List.of(row(3, "943 476 5919"), row(4, "4010232137"), row(5, null));
            var heldBack = lanes.submit(second, rows -> () -> record(stored, rows));
            assertThat(heldBack).extracting(m -> m.row().rowNumber()).as("the same NHS number, typed with spaces")
                    .containsExactly(3);

            release.countDown();
            lanes.awaitAll();
            assertThat(lanes.submit(heldBack, rows -> () -> record(stored, rows))).as("once the first has committed")
                    .isEmpty();
            lanes.awaitAll();
            assertThat(stored).containsExactlyInAnyOrder(List.of(1, 2), List.of(4, 5), List.of(3));
        } finally {
            writers.shutdownNow();
            writers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static synchronized void record(List<List<Integer>> stored, List<RowMapping.Mapped> rows) {
        stored.add(rows.stream().map(m -> m.row().rowNumber()).toList());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
