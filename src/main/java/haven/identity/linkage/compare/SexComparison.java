package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;

/** Recorded sex: the same or different; not recorded on either side carries no evidence. */
public final class SexComparison implements Comparison {
    private static final List<String> LEVELS = List.of("same", "different");

    @Override
    public String name() {
        return "sex";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Role role() {
        return Role.PERSONAL;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        if (a.sex == 0 || b.sex == 0) {
            return MISSING;
        }
        return a.sex == b.sex ? 0 : 1;
    }
}
