package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;
import java.util.function.Function;

/**
 * An identifier or contact value compared whole (NHS number, police national computer id, unique pupil number,
 * phone): the same, optionally one character mistyped, or different.
 */
public final class IdentifierComparison implements Comparison {
    private final String name;
    private final Function<PreparedRecord, String> value;
    private final Role role;
    private final boolean allowOneEdit;
    private final List<String> levels;

    public IdentifierComparison(String name, Function<PreparedRecord, String> value, Role role,
                                boolean allowOneEdit) {
        this.name = name;
        this.value = value;
        this.role = role;
        this.allowOneEdit = allowOneEdit;
        this.levels = allowOneEdit ? List.of("exact", "one character different", "different")
                : List.of("exact", "different");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levels() {
        return levels;
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
        if (allowOneEdit) {
            return DateOfBirthComparison.oneEditApart(x, y) ? 1 : 2;
        }
        return 1;
    }
}
