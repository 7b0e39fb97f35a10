package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;
import java.util.function.Function;

/**
 * An identifier or contact value compared whole (NHS number, police national computer id, unique pupil number,
 * phone): the same, optionally one character mistyped, or different.
 */
public final class IdentifierComparison extends SingleValueComparison {
    private final boolean allowOneEdit;

    public IdentifierComparison(String name, Function<PreparedRecord, String> value, Role role,
                                boolean allowOneEdit) {
        super(name, value, role, allowOneEdit ? List.of("exact", "one character different", "different")
                : List.of("exact", "different"));
        this.allowOneEdit = allowOneEdit;
    }

    @Override
    int levelWhenDifferent(String x, String y) {
        if (allowOneEdit) {
            return DateOfBirthComparison.oneEditApart(x, y) ? 1 : 2;
        }
        return 1;
    }
}
