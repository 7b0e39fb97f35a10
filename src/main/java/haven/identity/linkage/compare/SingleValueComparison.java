package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;
import java.util.function.Function;

/**
 * A comparison of one value taken from each record: missing when either side has none, level 0 when they are the
 * same, and otherwise whatever the subclass says about two different values.
 */
abstract class SingleValueComparison implements Comparison {
    private final String name;
    private final Function<PreparedRecord, String> value;
    private final Role role;
    private final List<String> levels;

    SingleValueComparison(String name, Function<PreparedRecord, String> value, Role role, List<String> levels) {
        this.name = name;
        this.value = value;
        this.role = role;
        this.levels = levels;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> levels() {
        return levels;
    }

    @Override
    public final Role role() {
        return role;
    }

    @Override
    public final int level(PreparedRecord a, PreparedRecord b) {
        String x = value.apply(a), y = value.apply(b);
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 0 : levelWhenDifferent(x, y);
    }

    /** The level of two recorded values that are not the same (never 0). */
    abstract int levelWhenDifferent(String x, String y);
}
