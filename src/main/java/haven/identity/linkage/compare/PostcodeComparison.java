package haven.identity.linkage.compare;

import haven.identity.linkage.PreparedRecord;
import java.util.List;

/** Postcodes: exact, one character mistyped, same district (outward code), different. */
public final class PostcodeComparison implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "one character different", "same district",
            "different");

    @Override
    public String name() {
        return "postcode";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Role role() {
        return Role.HOUSEHOLD;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        if (a.postcode == null || b.postcode == null) {
            return MISSING;
        }
        if (a.postcode.equals(b.postcode)) {
            return 0;
        }
        if (DateOfBirthComparison.oneEditApart(a.postcode, b.postcode)) {
            return 1;
        }
        return a.postcodeDistrict != null && a.postcodeDistrict.equals(b.postcodeDistrict) ? 2 : 3;
    }
}
