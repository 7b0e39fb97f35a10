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
 * Follows {@code person.merged_into}: a merge sets it on the person whose records moved, a
 * split clears it, and a later merge of the surviving person chains on from there.
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
        jdbc.sql("""
                with recursive absorbed (root, id) as (
                    select p, p from unnest(:ids) as p
                    union
                    select a.root, m.id from absorbed a join person m on m.merged_into = a.id)
                select root, id from absorbed where root <> id""")
                .param("ids", personIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
    }

    @Override
    public Optional<Long> survivorOf(long personId) {
        return jdbc.sql("""
                with recursive chain (id, merged_into, depth) as (
                    select id, merged_into, 0 from person where id = :p
                    union all
                    select p.id, p.merged_into, c.depth + 1 from chain c join person p on p.id = c.merged_into
                    where c.depth < 100)
                select id from chain where merged_into is null and depth > 0""")
                .param("p", personId).query(Long.class).optional();
    }
}
