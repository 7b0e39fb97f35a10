package haven.access.internal;

import haven.access.AccessDecision;
import haven.access.HavenUser;
import haven.access.Role;
import java.util.Set;

/** The rule that decides who may open a person's record, free of any storage. */
public final class AccessRules {

    /** What the rule needs to know about one person and one user. */
    public record Facts(boolean sealed, boolean involved, Set<String> personAreas, Set<String> areasUserCovers) {
    }

    private AccessRules() {
    }

    public static AccessDecision decide(HavenUser user, Facts facts) {
        if (!user.hasAny(Role.PRACTITIONERS)) {
            return new AccessDecision.Refused("Your role sees figures across areas, not individual children's records.");
        }
        if (facts.sealed() && !user.hasAny(Role.SEALED_RECORD_HOLDERS)) {
            return new AccessDecision.Refused("This record is sealed. Only a social work manager or a police supervisor"
                    + " may open it; ask one of them if you need to know more.");
        }
        if (facts.involved()) {
            return new AccessDecision.Allowed("involved in the case");
        }
        boolean inArea = facts.personAreas().isEmpty()
                || facts.personAreas().stream().anyMatch(facts.areasUserCovers()::contains);
        if (!inArea) {
            return new AccessDecision.Refused("This child lives outside the area your agency covers."
                    + " Ask the agency that holds the record, or your supervisor, to share what you need.");
        }
        return new AccessDecision.ReasonRequired("You are not involved in this child's case. Say why you need to open"
                + " the record; the view is logged and your supervisor will review it.");
    }
}
