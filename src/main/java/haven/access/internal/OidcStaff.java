package haven.access.internal;

import haven.access.HavenUser;
import haven.access.Users;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Production sign-in through the organisation's OpenID Connect provider. The provider
 * proves who the person is; Haven's own directory still decides their agency and roles,
 * so someone the provider knows but Haven does not is refused.
 */
@Component
class OidcStaff implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();
    private final Users users;
    private final String usernameClaim;

    OidcStaff(Users users, @Value("${haven.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.users = users;
        this.usernameClaim = usernameClaim;
    }

    /** An OpenID Connect user who is also a Haven user. */
    static final class Principal extends DefaultOidcUser implements SignedIn {
        private final HavenUser user;

        Principal(OidcUser oidc, HavenUser user) {
            super(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), oidc.getIdToken(),
                    oidc.getUserInfo());
            this.user = user;
        }

        @Override
        public HavenUser user() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return super.getAttributes();
        }

        @Override
        public String toString() {
            return "OidcPrincipal[" + user.id() + "]";
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        Object claim = oidc.getClaims().get(usernameClaim);
        var user = claim == null ? null : users.byUsername(claim.toString()).orElse(null);
        if (user == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("not_a_haven_user",
                    "You are not set up in Haven. Ask your agency's Haven administrator.", null));
        }
        return new Principal(oidc, user);
    }
}
