package haven.identity.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pairs worth comparing: the union of the pairs that share a key under any blocking rule. Keys are hashed and
 * sorted, so blocks cost one sort per rule; a pair found by an earlier rule is not visited again (checked by key,
 * so no set of pairs is held in memory); blocks larger than the cap are skipped for that rule.
 */
public final class CandidatePairs {
    private static final int INDEX_BITS = 22;
    public static final int MAX_RECORDS = 1 << INDEX_BITS;
    private static final long NONE = -1L;

    private final List<PreparedRecord> records;
    private final List<BlockingRule> rules;
    private final boolean linkOnly;
    private final long[][] keys;
    private final long[][] sorted;
    private int oversizeBlocks;
    private final long[] tasks;

    /** A pair visitor; called from several threads at once. */
    @FunctionalInterface
    public interface PairVisitor {
        void visit(int left, int right);
    }

    public CandidatePairs(List<PreparedRecord> records, List<BlockingRule> rules, int maxBlockSize,
                          boolean linkOnly) {
        if (records.size() >= MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " records per run; partition larger runs");
        }
        this.records = records;
        this.rules = rules;
        this.linkOnly = linkOnly;
        int n = records.size();
        this.keys = new long[rules.size()][];
        this.sorted = new long[rules.size()][];
        List<Long> taskList = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            long[] k = new long[n];
            int present = 0;
            for (int i = 0; i < n; i++) {
                k[i] = hash(rule.key().apply(records.get(i)));
                if (k[i] != NONE) {
                    present++;
                }
            }
            long[] s = new long[present];
            int p = 0;
            for (int i = 0; i < n; i++) {
                if (k[i] != NONE) {
                    s[p++] = (k[i] << INDEX_BITS) | i;
                }
            }
            Arrays.parallelSort(s);
            int start = 0;
            while (start < s.length) {
                long h = s[start] >>> INDEX_BITS;
                int end = start + 1;
                while (end < s.length && (s[end] >>> INDEX_BITS) == h) {
                    end++;
                }
                int size = end - start;
                if (size > maxBlockSize) {
                    oversizeBlocks++;
                    for (int x = start; x < end; x++) {
                        k[(int) (s[x] & ((1L << INDEX_BITS) - 1))] = NONE;
                    }
                } else if (size > 1) {
                    taskList.add(((long) r << 58) | ((long) start << 29) | end);
                }
                start = end;
            }
            keys[r] = k;
            sorted[r] = s;
        }
        this.tasks = taskList.stream().mapToLong(Long::longValue).toArray();
    }

    /** 41 bits of a 64-bit hash of the key, or NONE when the rule gives no key. */
    static long hash(String key) {
        if (key == null) {
            return NONE;
        }
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return h & ((1L << 41) - 1);
    }

    /** Blocks skipped because they were larger than the cap. */
    public int oversizeBlocks() {
        return oversizeBlocks;
    }

    public int blockCount() {
        return tasks.length;
    }

    public void forEach(PairVisitor visitor, boolean parallel) {
        IntStream range = IntStream.range(0, tasks.length);
        (parallel ? range.parallel() : range).forEach(t -> visitBlock(tasks[t], visitor));
    }

    private void visitBlock(long task, PairVisitor visitor) {
        int r = (int) (task >>> 58);
        int start = (int) ((task >>> 29) & ((1L << 29) - 1));
        int end = (int) (task & ((1L << 29) - 1));
        long[] s = sorted[r];
        long mask = (1L << INDEX_BITS) - 1;
        for (int x = start; x < end; x++) {
            int a = (int) (s[x] & mask);
            for (int y = x + 1; y < end; y++) {
                int b = (int) (s[y] & mask);
                if (linkOnly && records.get(a).source == records.get(b).source) {
                    continue;
                }
                if (!coveredByEarlierRule(r, a, b)) {
                    visitor.visit(Math.min(a, b), Math.max(a, b));
                }
            }
        }
    }

    private boolean coveredByEarlierRule(int rule, int a, int b) {
        for (int r = 0; r < rule; r++) {
            long h = keys[r][a];
            if (h != NONE && h == keys[r][b]) {
                return true;
            }
        }
        return false;
    }

    /** Whether some rule puts these two records in one block that is compared. */
    public boolean isCandidate(int a, int b) {
        for (int r = 0; r < rules.size(); r++) {
            long h = keys[r][a];
            if (h != NONE && h == keys[r][b]) {
                return true;
            }
        }
        return false;
    }
}
