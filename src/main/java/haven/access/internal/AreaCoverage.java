package haven.access.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which local authority areas an agency's area takes in: a force covers all of its own. */
@Component
public class AreaCoverage {
    private final JdbcClient jdbc;

    AreaCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> covered(String areaCode) {
        List<String> codes = jdbc.sql("""
                with recursive covered(code) as (
                    select code from area where code = :code
                    union select a.code from area a join covered c on a.parent_code = c.code)
                select code from covered""").param("code", areaCode).query(String.class).list();
        return new HashSet<>(codes);
    }
}
