package haven.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Areas, agencies and the staff who work in them: the directory every module asks. */
@Service
public class Users {
    private static final String SELECT = """
            select u.id, u.username, u.display_name, a.id as agency_id, a.code, a.name, a.type, a.area_code, u.team,
                   u.roles, u.supervisor_id
            from app_user u join agency a on a.id = u.agency_id""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** An agency as other modules see it. */
    public record Agency(long id, String code, String name, AgencyType type, String areaCode, Long seniorLeadUserId) {
    }

    /** An area: a force, a local authority within it, or the nation. */
    public record Area(String code, String name, String kind, String parentCode, String jurisdiction) {
    }

    static final RowMapper<HavenUser> USER = (rs, i) -> new HavenUser(rs.getLong("id"), rs.getString("username"),
            rs.getString("display_name"), rs.getLong("agency_id"), rs.getString("code"), rs.getString("name"),
            AgencyType.valueOf(rs.getString("type")), rs.getString("area_code"), rs.getString("team"),
            Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
            rs.getObject("supervisor_id", Long.class));

    private static final RowMapper<Agency> AGENCY = (rs, i) -> new Agency(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), AgencyType.valueOf(rs.getString("type")), rs.getString("area_code"),
            rs.getObject("senior_lead_user_id", Long.class));

    public Optional<HavenUser> byUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u").param("u", username).query(USER).optional();
    }

    public Optional<HavenUser> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(USER).optional();
    }

    public List<HavenUser> inAgency(long agencyId) {
        return jdbc.sql(SELECT + " where a.id = :id order by u.username").param("id", agencyId).query(USER).list();
    }

    public List<HavenUser> all() {
        return jdbc.sql(SELECT + " order by a.code, u.username").query(USER).list();
    }

    /** The supervisor a warning or breach escalates to after the owner. */
    public Optional<HavenUser> supervisorOf(long userId) {
        return byId(userId).map(HavenUser::supervisorId).flatMap(this::byId);
    }

    public Optional<Agency> agency(long id) {
        return jdbc.sql("select * from agency where id = :id").param("id", id).query(AGENCY).optional();
    }

    public Optional<Agency> agency(String code) {
        return jdbc.sql("select * from agency where code = :c").param("c", code).query(AGENCY).optional();
    }

    public List<Agency> agencies() {
        return jdbc.sql("select * from agency order by name").query(AGENCY).list();
    }

    public List<Agency> agenciesOfType(AgencyType type) {
        return jdbc.sql("select * from agency where type = :t order by name").param("t", type.name()).query(AGENCY).list();
    }

    public List<Area> areas() {
        return jdbc.sql("select code, name, kind, parent_code, jurisdiction from area order by code")
                .query((rs, i) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public Optional<Area> area(String code) {
        return areas().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The agency's named senior lead, the last step of an escalation chain. */
    public Optional<HavenUser> seniorLeadOf(long agencyId) {
        return agency(agencyId).map(Agency::seniorLeadUserId).flatMap(this::byId);
    }

    @Transactional
    public void createArea(String code, String name, String kind, String parentCode, String jurisdiction) {
        jdbc.sql("insert into area (code, name, kind, parent_code, jurisdiction) values (:c, :n, :k, :p, :j) on conflict do nothing")
                .param("c", code).param("n", name).param("k", kind).param("p", parentCode).param("j", jurisdiction).update();
    }

    @Transactional
    public long createAgency(String code, String name, AgencyType type, String areaCode) {
        return jdbc.sql("insert into agency (code, name, type, area_code) values (:c, :n, :t, :a) returning id")
                .param("c", code).param("n", name).param("t", type.name()).param("a", areaCode).query(Long.class).single();
    }

    @Transactional
    public void setSeniorLead(long agencyId, long userId) {
        jdbc.sql("update agency set senior_lead_user_id = :u where id = :a").param("u", userId).param("a", agencyId).update();
    }

    /** Creates a member of staff with a hashed password; {@code createdBy} is kept for the record. */
    @Transactional
    public long createUser(String username, String password, String displayName, long agencyId, String team,
                           Set<Role> roles, Long supervisorId, String createdBy) {
        if (password != null && password.length() < 12) {
            throw new IllegalArgumentException("A password needs at least 12 characters");
        }
        return jdbc.sql("""
                insert into app_user (username, password_hash, display_name, agency_id, team, roles, supervisor_id, created_at, created_by)
                values (:u, :h, :d, :a, :t, :r, :s, :now, :by) returning id""")
                .param("u", username).param("h", password == null ? null : passwords.encode(password))
                .param("d", displayName).param("a", agencyId).param("t", team)
                .param("r", roles.stream().map(Role::name).toArray(String[]::new))
                .param("s", supervisorId).param("now", Timestamp.from(clock.instant())).param("by", createdBy)
                .query(Long.class).single();
    }

    /** Issues a bearer token for an agency's system; only its hash is stored, the token is shown once. */
    @Transactional
    public void registerApiClient(String name, long agencyId, String token, Set<Role> roles) {
        jdbc.sql("""
                insert into api_client (name, agency_id, token_sha256, roles, created_at) values (:n, :a, :t, :r, :now)
                on conflict (name) do nothing""")
                .param("n", name).param("a", agencyId).param("t", haven.access.internal.ApiTokens.sha256(token))
                .param("r", roles.stream().map(Role::name).toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
