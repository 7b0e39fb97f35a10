package haven.secureestate.store;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small conversions between Java values and PostgreSQL parameters used by the secure-estate stores. */
final class Sql {

    private Sql() {
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A PostgreSQL array literal; cast it in SQL ({@code :x::uuid[]}, {@code ::bigint[]}, {@code ::text[]}). */
    static String array(Collection<?> values) {
        return values.stream().map(v -> {
            String s = String.valueOf(v);
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }).collect(Collectors.joining(",", "{", "}"));
    }

    static List<UUID> uuids(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((UUID[]) a.getArray());
    }

    static List<Long> longs(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
