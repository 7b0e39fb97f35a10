package haven.access.internal;

import haven.access.HavenUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user as Spring Security holds them. */
public record HavenPrincipal(HavenUser user, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, SignedIn {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "HavenPrincipal[" + user.id() + "]";
    }
}
