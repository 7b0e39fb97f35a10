package haven.identity.internal;

import haven.access.MergedPersons;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers who was merged into whom from {@code person_holder}, which {@link MatchStore} keeps
 * at every merge and split: for each merged person, the person holding their records now.
 */
@Component
public class MergeChains implements MergedPersons {
    private final JdbcClient jdbc;

    MergeChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<Long>> withMergedInto(Collection<Long> personIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        personIds.forEach(p -> out.put(p, new HashSet<>(Set.of(p))));
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select holder_id, person_id from person_holder where holder_id = any(:ids) and person_id <> holder_id")
                .param("ids", personIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
    }

    @Override
    public Optional<Long> survivorOf(long personId) {
        return jdbc.sql("select holder_id from person_holder where person_id = :p and holder_id <> person_id")
                .param("p", personId).query(Long.class).optional();
    }
}
