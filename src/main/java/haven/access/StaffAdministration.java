package haven.access;

import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's changes to staff accounts: adding a member of staff, changing their
 * roles, disabling or enabling the account, unlocking it after failed sign-ins and resetting
 * the password. Each change says why and is kept, append-only, with who made it and when.
 */
@Service
public class StaffAdministration {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final int MIN_PASSWORD = 12;
    private static final int MIN_REASON = 10;

    private final JdbcClient jdbc;
    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAdministration(JdbcClient jdbc, Users users, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A member of staff as an administrator sees them: the account's state as well as who they are. */
    public record StaffAccount(HavenUser user, boolean enabled, boolean locked, int failedAttempts, Instant createdAt,
                               String createdBy) {
    }

    /** One kept change to an account. */
    public record StaffChange(long id, String change, String detail, String reason, String changedBy, Instant changedAt) {
    }

    /** What an administrator fills in to add a member of staff. */
    public record NewStaff(String username, String displayName, String agencyCode, String team, Set<Role> roles,
                           String supervisorUsername, String password, String reason) {
        @Override
        public String toString() {
            return "NewStaff[username=" + username + ", agency=" + agencyCode + ", roles=" + roles + "]";
        }
    }

    public List<StaffAccount> accounts(String agencyCode) {
        return jdbc.sql("""
                select u.id, u.enabled, u.locked_until, u.failed_attempts, u.created_at, u.created_by
                from app_user u join agency a on a.id = u.agency_id
                where (:agency::text is null or a.code = :agency) order by a.name, u.display_name""")
                .param("agency", agencyCode)
                .query((rs, i) -> account(rs.getLong(1), rs.getBoolean(2), rs.getTimestamp(3), rs.getInt(4),
                        rs.getTimestamp(5), rs.getString(6)))
                .list();
    }

    public java.util.Optional<StaffAccount> account(long userId) {
        return jdbc.sql("select id, enabled, locked_until, failed_attempts, created_at, created_by from app_user where id = :id")
                .param("id", userId)
                .query((rs, i) -> account(rs.getLong(1), rs.getBoolean(2), rs.getTimestamp(3), rs.getInt(4),
                        rs.getTimestamp(5), rs.getString(6)))
                .optional();
    }

    private StaffAccount account(long id, boolean enabled, Timestamp lockedUntil, int failed, Timestamp created, String by) {
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
        return new StaffAccount(users.byId(id).orElseThrow(), enabled, locked, failed, created.toInstant(), by);
    }

    public List<StaffChange> changesOf(long userId) {
        return jdbc.sql("""
                select id, change, detail, reason, changed_by, changed_at from app_user_change
                where user_id = :u order by id desc""")
                .param("u", userId)
                .query((rs, i) -> new StaffChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Adds a member of staff; refuses the whole request, naming each field at fault. */
    @Transactional
    public long add(HavenUser by, NewStaff s) {
        var problems = new ArrayList<FieldProblem>();
        if (s.username() == null || !USERNAME.matcher(s.username()).matches()) {
            problems.add(new FieldProblem("username",
                    "Enter a username of 3 to 60 lower-case letters, digits, dots, hyphens or underscores"));
        } else if (users.byUsername(s.username()).isPresent()) {
            problems.add(new FieldProblem("username", "There is already a member of staff with this username"));
        }
        if (s.displayName() == null || s.displayName().isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the member of staff's name"));
        }
        var agency = s.agencyCode() == null ? java.util.Optional.<Users.Agency>empty() : users.agency(s.agencyCode());
        if (agency.isEmpty()) {
            problems.add(new FieldProblem("agency", "Choose the agency they work for"));
        }
        checkRoles(s.roles(), problems);
        Long supervisor = null;
        if (s.supervisorUsername() != null && !s.supervisorUsername().isBlank()) {
            var found = users.byUsername(s.supervisorUsername().strip());
            if (found.isEmpty()) {
                problems.add(new FieldProblem("supervisor", "There is no member of staff with that username"));
            } else {
                supervisor = found.get().id();
            }
        }
        checkPassword(s.password(), problems);
        checkReason(s.reason(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = users.createUser(s.username(), s.password(), s.displayName().strip(), agency.get().id(),
                s.team() == null || s.team().isBlank() ? null : s.team().strip(), s.roles(), supervisor, by.username());
        keep(id, "CREATED", "roles " + names(s.roles()) + " in " + agency.get().name(), s.reason(), by);
        return id;
    }

    @Transactional
    public void changeRoles(HavenUser by, long userId, Set<Role> roles, String reason) {
        var problems = new ArrayList<FieldProblem>();
        checkRoles(roles, problems);
        checkReason(reason, problems);
        if (by.id() == userId && !roles.contains(Role.ADMINISTRATOR)) {
            problems.add(new FieldProblem("roles", "You cannot remove your own administrator role; ask another administrator"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var before = existing(userId).user().roles();
        jdbc.sql("update app_user set roles = :r where id = :id")
                .param("r", roles.stream().map(Role::name).toArray(String[]::new)).param("id", userId).update();
        keep(userId, "ROLES", "from " + names(before) + " to " + names(roles), reason, by);
    }

    @Transactional
    public void setEnabled(HavenUser by, long userId, boolean enabled, String reason) {
        var problems = new ArrayList<FieldProblem>();
        checkReason(reason, problems);
        if (by.id() == userId && !enabled) {
            problems.add(new FieldProblem("reason", "You cannot disable your own account"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        existing(userId);
        jdbc.sql("update app_user set enabled = :e where id = :id").param("e", enabled).param("id", userId).update();
        keep(userId, enabled ? "ENABLED" : "DISABLED", null, reason, by);
    }

    @Transactional
    public void unlock(HavenUser by, long userId, String reason) {
        var problems = new ArrayList<FieldProblem>();
        checkReason(reason, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        existing(userId);
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id").param("id", userId).update();
        keep(userId, "UNLOCKED", null, reason, by);
    }

    @Transactional
    public void resetPassword(HavenUser by, long userId, String password, String reason) {
        var problems = new ArrayList<FieldProblem>();
        checkPassword(password, problems);
        checkReason(reason, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        existing(userId);
        jdbc.sql("update app_user set password_hash = :h, failed_attempts = 0, locked_until = null where id = :id")
                .param("h", passwords.encode(password)).param("id", userId).update();
        keep(userId, "PASSWORD_RESET", null, reason, by);
    }

    private StaffAccount existing(long userId) {
        return account(userId).orElseThrow(() -> new haven.platform.web.NotFound("There is no member of staff " + userId + "."));
    }

    private void keep(long userId, String change, String detail, String reason, HavenUser by) {
        jdbc.sql("""
                insert into app_user_change (user_id, change, detail, reason, changed_by, changed_at)
                values (:u, :c, :d, :r, :by, :at)""")
                .param("u", userId).param("c", change).param("d", detail).param("r", reason.strip())
                .param("by", by.username()).param("at", Timestamp.from(clock.instant())).update();
    }

    private static void checkRoles(Set<Role> roles, List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "Choose at least one role"));
        } else if (roles.contains(Role.SYSTEM_CLIENT)) {
            problems.add(new FieldProblem("roles", "Agency systems are registered with a token, not as staff"));
        }
    }

    private static void checkPassword(String password, List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem("password", "Enter a password of at least " + MIN_PASSWORD + " characters"));
        }
    }

    private static void checkReason(String reason, List<FieldProblem> problems) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            problems.add(new FieldProblem("reason", "Say why, in at least " + MIN_REASON + " characters"));
        }
    }

    private static String names(Set<Role> roles) {
        var sorted = EnumSet.noneOf(Role.class);
        sorted.addAll(roles);
        return String.join(", ", sorted.stream().map(Role::label).toList());
    }
}
