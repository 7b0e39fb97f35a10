package haven.network;

import static org.assertj.core.api.Assertions.assertThat;

import haven.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two imports at once, as two agencies' systems would send them, both naming an address Haven has not seen: the
 * second waits for the first to commit the new place and then uses it, instead of a place that does not exist.
 * (Until 30 November 2026 the second got location id 0 and its whole chunk was refused and stored again in halves.)
 */
class ConcurrentAddressIntegrationTest extends IntegrationTest {
    @Autowired
    Network network;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNewAddressAnotherImportIsStillWritingIsFoundOnceItCommits() throws Exception {
        var address = new LocationDraft(UUID.randomUUID().toString().substring(0, 8) + " Tannery Yard", "Ashvale",
                "NV1 6TY", null, null, "LA-ASH");
        var firstHasIt = new CountDownLatch(1);
        var secondStarted = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            long id = network.locateAll(List.of(address), "test").get(0);
            firstHasIt.countDown();
            await(secondStarted);
            sleep(300); // the second is now waiting on this uncommitted place
            return id;
        }));
        assertThat(firstHasIt.await(30, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            secondStarted.countDown();
            return network.locateAll(List.of(address), "test").get(0);
        }));
        long firstId = first.get(30, TimeUnit.SECONDS);
        Long secondId = second.get(30, TimeUnit.SECONDS);
        assertThat(secondId).isEqualTo(firstId);
        assertThat(jdbc.sql("select count(*) from location where address_line = :l").param("l", address.addressLine())
                .query(Long.class).single()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
