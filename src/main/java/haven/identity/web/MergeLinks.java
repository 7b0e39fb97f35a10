package haven.identity.web;

import haven.access.CurrentUser;
import haven.access.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What other pages need to link to a person's merges ({@code ${@identityMerges.shown()}}): whether the user may decide
 * identity, and how many merges into a person can still be split.
 */
@Component("identityMerges")
public class MergeLinks {
    private static final Set<Role> DECIDERS = ReviewPages.REVIEWERS.stream().map(Role::valueOf)
            .collect(Collectors.toUnmodifiableSet());
    private final MergeHistory history;

    MergeLinks(MergeHistory history) {
        this.history = history;
    }

    /** Whether the signed-in user may open the merges page (the roles that decide review pairs). */
    public boolean shown() {
        return CurrentUser.find().map(u -> u.hasAny(DECIDERS)).orElse(false);
    }

    /** How many merges into this person can still be split. */
    public long splittable(long personId) {
        return history.splittableCount(personId);
    }
}
