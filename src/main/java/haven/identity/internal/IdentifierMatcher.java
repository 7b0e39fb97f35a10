package haven.identity.internal;

import haven.identity.PersonRecordDraft;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first, deterministic step of resolving a new record to a person: the same NHS number,
 * police national computer id, unique pupil number or local authority id means the same
 * person. Records without a shared identifier start a person of their own until linkage
 * finds more.
 */
@Component
public class IdentifierMatcher {
    private final JdbcClient jdbc;

    IdentifierMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> match(PersonRecordDraft d) {
        if (d.sealed()) {
            return Optional.empty(); // a sealed record is never joined to another automatically
        }
        return jdbc.sql("""
                select person_id from person_record r
                where not r.sealed and ((:nhs::text is not null and r.nhs_number = :nhs)
                   or (:pnc::text is not null and r.pnc_id = :pnc)
                   or (:upn::text is not null and r.upn = :upn)
                   or (:la::text is not null and r.la_id = :la))
                order by r.id limit 1""")
                .param("nhs", emptyToNull(d.nhsNumber())).param("pnc", emptyToNull(d.pncId()))
                .param("upn", emptyToNull(d.upn())).param("la", emptyToNull(d.laId()))
                .query(Long.class).optional();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.replace(" ", "");
    }
}
