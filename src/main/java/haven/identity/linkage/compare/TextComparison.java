package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.PreparedRecord;
import java.util.List;
import java.util.function.Function;

/** A short free-text value such as a town: exact, nearly the same spelling (Jaro–Winkler ≥ 0.88), different. */
public final class TextComparison implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "Jaro-Winkler >= 0.88", "different");
    private final String name;
    private final Function<PreparedRecord, String> value;
    private final Role role;

    public TextComparison(String name, Function<PreparedRecord, String> value, Role role) {
        this.name = name;
        this.value = value;
        this.role = role;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        String x = value.apply(a), y = value.apply(b);
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        return JaroWinkler.similarityAtLeast(x, y, 0.88) >= 0.88 ? 1 : 2;
    }
}
