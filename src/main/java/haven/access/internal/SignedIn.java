package haven.access.internal;

import haven.access.HavenUser;

/** A principal that is a Haven user, however they signed in (password, OpenID Connect or API token). */
public interface SignedIn {
    HavenUser user();
}
