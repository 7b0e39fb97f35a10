package haven.intake;

import haven.identity.People;
import haven.intake.internal.RowMapping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Hands an import's chunks to its writers, at most {@code writers} stored at once, each in its own transaction.
 * A record finds its person through an identifier (NHS number, PNC id, UPN, local authority id) stored earlier, and
 * a chunk cannot see what a chunk beside it has not yet committed; so a row sharing an identifier with a chunk still
 * being stored is held back, and goes with a later chunk, which starts only after that one has committed.
 */
final class Lanes {
    private final ExecutorService writers;
    private final int width;
    private final ArrayDeque<Stored> running = new ArrayDeque<>();

    private record Stored(Future<?> done, Set<String> identifiers) {
    }

    Lanes(ExecutorService writers, int width) {
        this.writers = writers;
        this.width = width;
    }

    /** Starts storing the chunk's rows but those held back, which it returns for a later chunk. */
    List<RowMapping.Mapped> submit(List<RowMapping.Mapped> chunk, Function<List<RowMapping.Mapped>, Runnable> store) {
        while (running.size() >= width) {
            await(running.removeFirst().done());
        }
        running.removeIf(s -> s.done().isDone() && finished(s.done()));
        var now = new ArrayList<RowMapping.Mapped>(chunk.size());
        var later = new ArrayList<RowMapping.Mapped>();
        var identifiers = new HashSet<String>();
        for (var row : chunk) {
            var ids = People.personIdentifiers(row.record());
            if (ids.stream().anyMatch(id -> running.stream().anyMatch(s -> s.identifiers().contains(id)))) {
                later.add(row);
            } else {
                now.add(row);
                identifiers.addAll(ids);
            }
        }
        if (!now.isEmpty()) {
            running.addLast(new Stored(writers.submit(store.apply(now)), identifiers));
        }
        return later;
    }

    /** Waits for every chunk handed over so far. */
    void awaitAll() {
        while (!running.isEmpty()) {
            await(running.removeFirst().done());
        }
    }

    /** True when the chunk was stored; a chunk that failed throws here, as {@link #await} does. */
    private static boolean finished(Future<?> done) {
        await(done);
        return true;
    }

    static void await(Future<?> storing) {
        if (storing == null) {
            return;
        }
        try {
            storing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
