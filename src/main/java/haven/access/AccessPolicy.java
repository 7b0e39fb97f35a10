package haven.access;

import haven.access.internal.AccessRules;
import haven.access.internal.AreaCoverage;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may open a person's record: from the user's agency, role
 * and area, their involvement in the case and the record's sensitivity. Controllers ask
 * here and never re-implement it.
 */
@Service
public class AccessPolicy {
    private final JdbcClient jdbc;
    private final AreaCoverage coverage;
    private final ObjectProvider<PersonAreas> personAreas;
    private final ObjectProvider<MergedPersons> mergedPersons;
    private final Clock clock;

    AccessPolicy(JdbcClient jdbc, AreaCoverage coverage, ObjectProvider<PersonAreas> personAreas,
                 ObjectProvider<MergedPersons> mergedPersons, Clock clock) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.personAreas = personAreas;
        this.mergedPersons = mergedPersons;
        this.clock = clock;
    }

    /** A person and those merged into it: a sealing or an involvement recorded on either counts for both. */
    private Long[] sameAs(long personId) {
        return mergedPersons.getIfAvailable(() -> MergedPersons.NONE).withMergedInto(personId).toArray(Long[]::new);
    }

    public AccessDecision decide(HavenUser user, long personId) {
        Set<String> areas = personAreas.getIfAvailable(() -> id -> Set.of()).areasOf(personId);
        Long[] sameAs = sameAs(personId);
        var facts = new AccessRules.Facts(sealed(sameAs), involved(user, sameAs), areas,
                coverage.covered(user.areaCode()));
        return AccessRules.decide(user, facts);
    }

    public boolean isSealed(long personId) {
        return sealed(sameAs(personId));
    }

    private boolean sealed(Long[] persons) {
        return jdbc.sql("select exists(select 1 from sealed_person where person_id = any(:p))")
                .param("p", persons).query(Boolean.class).single();
    }

    /** Which of these persons are sealed, in one query (a search result holds up to fifty). */
    public Set<Long> sealedAmong(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        var sameAs = mergedPersons.getIfAvailable(() -> MergedPersons.NONE).withMergedInto(personIds);
        Set<Long> sealed = Set.copyOf(jdbc.sql("select person_id from sealed_person where person_id = any(:p)")
                .param("p", sameAs.values().stream().flatMap(Set::stream).toArray(Long[]::new)).query(Long.class).list());
        return personIds.stream().filter(p -> sameAs.getOrDefault(p, Set.of(p)).stream().anyMatch(sealed::contains))
                .collect(java.util.stream.Collectors.toSet());
    }

    public boolean isInvolved(HavenUser user, long personId) {
        return involved(user, sameAs(personId));
    }

    private boolean involved(HavenUser user, Long[] persons) {
        return jdbc.sql("""
                select exists(select 1 from case_involvement
                              where person_id = any(:p) and user_id = :u and (until is null or until > :now))""")
                .param("p", persons).param("u", user.id()).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Boolean.class).single();
    }

    /** May this user see who has looked at the record? Those involved, and supervisors in the area. */
    public boolean maySeeWhoLooked(HavenUser user, long personId) {
        return isInvolved(user, personId)
                || (user.hasAny(Role.SUPERVISORS) && !(decide(user, personId) instanceof AccessDecision.Refused));
    }

    /** The persons whose cases this user currently works on. */
    public java.util.List<Long> involvedIn(long userId) {
        return jdbc.sql("""
                select person_id from case_involvement where user_id = :u and (until is null or until > :now)
                order by since desc limit 50""")
                .param("u", userId).param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).list();
    }

    /** Records that {@code userId} works on the child's case, for example as allocated social worker. */
    @Transactional
    public void involve(long userId, long personId, String role) {
        jdbc.sql("""
                insert into case_involvement (person_id, user_id, role, since) values (:p, :u, :r, :now)
                on conflict do nothing""")
                .param("p", personId).param("u", userId).param("r", role)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
    }

    /** Seals a person's record so only named roles may open it. */
    @Transactional
    public void seal(long personId, String reason, String sealedBy) {
        jdbc.sql("""
                insert into sealed_person (person_id, reason, sealed_by, sealed_at) values (:p, :r, :b, :now)
                on conflict do nothing""")
                .param("p", personId).param("r", reason).param("b", sealedBy)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
    }
}
