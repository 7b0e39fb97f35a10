package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.PreparedRecord;
import java.util.List;
import java.util.function.Function;

/** A short free-text value such as a town: exact, nearly the same spelling (Jaro–Winkler ≥ 0.88), different. */
public final class TextComparison extends SingleValueComparison {
    private static final List<String> LEVELS = List.of("exact", "Jaro-Winkler >= 0.88", "different");

    public TextComparison(String name, Function<PreparedRecord, String> value, Role role) {
        super(name, value, role, LEVELS);
    }

    @Override
    int levelWhenDifferent(String x, String y) {
        return JaroWinkler.similarityAtLeast(x, y, 0.88) >= 0.88 ? 1 : 2;
    }
}
