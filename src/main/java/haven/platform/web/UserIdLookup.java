package haven.platform.web;

/** The id of the signed-in user, supplied by the access module so the platform needs no user tables. */
public interface UserIdLookup {
    long currentUserId();
}
