package haven.access.internal;

import haven.access.Users;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff for sign-in and locks an account for a while after repeated failed attempts,
 * which throttles password guessing without locking people out for good.
 */
@Component
class StaffDirectory implements UserDetailsService {
    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffDirectory(Users users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var state = jdbc.sql("select password_hash, enabled, locked_until from app_user where id = :id")
                .param("id", user.id())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3)}).single();
        Timestamp lockedUntil = (Timestamp) state[2];
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
        return new HavenPrincipal(user, (String) state[0], (Boolean) state[1] && state[0] != null, locked);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                where username = :u""")
                .param("max", ATTEMPTS_BEFORE_LOCK).param("until", Timestamp.from(clock.instant().plus(LOCK_FOR)))
                .param("u", String.valueOf(event.getAuthentication().getName())).update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HavenPrincipal p && p.user().id() > 0) {
            jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id")
                    .param("id", p.user().id()).update();
        }
    }
}
