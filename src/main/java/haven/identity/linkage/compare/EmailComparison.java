package haven.identity.linkage.compare;

import haven.identity.linkage.JaroWinkler;
import haven.identity.linkage.PreparedRecord;
import java.util.List;

/** Email addresses: exact, same part before the @, nearly the same (Jaro–Winkler ≥ 0.88), different. */
public final class EmailComparison implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "same user name", "Jaro-Winkler >= 0.88",
            "different");

    @Override
    public String name() {
        return "email";
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
        if (a.email == null || b.email == null) {
            return MISSING;
        }
        if (a.email.equals(b.email)) {
            return 0;
        }
        if (!a.emailLocal.isEmpty() && a.emailLocal.equals(b.emailLocal)) {
            return 1;
        }
        return JaroWinkler.similarityAtLeast(a.email, b.email, 0.88) >= 0.88 ? 2 : 3;
    }
}
