package haven.flags;

import haven.platform.time.LondonTime;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises, withdraws and finds warning markers; withdrawn markers stay in the history. */
@Service
public class Flags {
    private static final String SELECT = """
            select f.*, a.name as owner_name from flag f join agency a on a.id = f.owner_agency_id
            where f.withdrawn_at is null and (f.expires_on is null or f.expires_on >= :today)""";
    private static final RowMapper<Flag> FLAG = (rs, i) -> new Flag(rs.getLong("id"), rs.getObject("person_id", Long.class),
            rs.getObject("location_id", Long.class), FlagType.valueOf(rs.getString("type")), rs.getString("reason"),
            rs.getLong("owner_agency_id"), rs.getString("owner_name"), rs.getString("owner_contact"),
            rs.getObject("review_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
            rs.getString("visibility"), rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant());

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final haven.access.MergedPersons merged;

    Flags(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
          haven.access.MergedPersons merged) {
        this.merged = merged;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    @Transactional
    public long raise(FlagDraft d, String raisedBy) {
        var problems = new ArrayList<FieldProblem>();
        if ((d.personId() == null) == (d.locationId() == null)) {
            problems.add(new FieldProblem("subject", "A flag is on one person or one location"));
        }
        if (d.type() == null) {
            problems.add(new FieldProblem("type", "Choose the type of flag"));
        }
        if (d.reason() == null || d.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Enter why the flag is raised"));
        }
        if (d.ownerContact() == null || d.ownerContact().isBlank()) {
            problems.add(new FieldProblem("ownerContact", "Enter whom to ask for more detail"));
        }
        if (d.expiresOn() != null && d.expiresOn().isBefore(today())) {
            problems.add(new FieldProblem("expiresOn", "The expiry date must be today or later"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = jdbc.sql("""
                insert into flag (person_id, location_id, type, reason, owner_agency_id, owner_contact, review_on, expires_on,
                    visibility, raised_by, raised_at)
                values (:p, :l, :t, :r, :a, :c, :rev, :exp, :vis, :by, :now) returning id""")
                .param("p", d.personId()).param("l", d.locationId()).param("t", d.type().name()).param("r", d.reason())
                .param("a", d.ownerAgencyId()).param("c", d.ownerContact()).param("rev", d.reviewOn())
                .param("exp", d.expiresOn()).param("vis", d.ownerAgencyOnly() ? "OWNER_AGENCY" : "ALL_PRACTITIONERS")
                .param("by", raisedBy).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        events.publishEvent(new FlagRaised(id, d.personId(), d.locationId(), d.type()));
        return id;
    }

    /** Withdraws a live flag; only the agency that owns it may. The flag stays in the history. */
    @Transactional
    public void withdraw(long flagId, String reason, String by, long byAgencyId) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Enter why the flag is withdrawn");
        }
        int changed = jdbc.sql("""
                update flag set withdrawn_by = :by, withdrawn_at = :now, withdrawn_reason = :r
                where id = :id and withdrawn_at is null and owner_agency_id = :a""")
                .param("by", by).param("now", Timestamp.from(clock.instant())).param("r", reason).param("id", flagId)
                .param("a", byAgencyId).update();
        if (changed == 0) {
            throw new haven.platform.web.NotFound("There is no live flag " + flagId + " owned by your agency.");
        }
    }

    /** Live flags on a person, newest first, with those raised against anyone since merged into them. */
    public List<Flag> onPerson(long personId) {
        return onPersons(List.of(personId)).getOrDefault(personId, List.of());
    }

    public List<Flag> onLocation(long locationId) {
        return jdbc.sql(SELECT + " and f.location_id = :l order by f.raised_at desc")
                .param("today", today()).param("l", locationId).query(FLAG).list();
    }

    /**
     * Live flags for many persons at once (search results), by the person asked for, newest first. A merge moves
     * records, not flags: a flag raised against a person since merged into another is that person's too (ADR 0004).
     */
    public Map<Long, List<Flag>> onPersons(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.util.Set<Long>> sameAs = merged.withMergedInto(personIds);
        Map<Long, List<Flag>> raised = jdbc.sql(SELECT + " and f.person_id = any(:ids) order by f.raised_at desc")
                .param("today", today()).param("ids", sameAs.values().stream().flatMap(java.util.Set::stream)
                        .distinct().toArray(Long[]::new))
                .query(FLAG).list().stream().collect(Collectors.groupingBy(Flag::personId));
        Map<Long, List<Flag>> out = new java.util.HashMap<>();
        sameAs.forEach((person, all) -> {
            List<Flag> held = all.stream().flatMap(p -> raised.getOrDefault(p, List.of()).stream())
                    .sorted(java.util.Comparator.comparing(Flag::raisedAt).reversed()).toList();
            if (!held.isEmpty()) {
                out.put(person, held);
            }
        });
        return out;
    }

}
