package haven.clocks.web;

import haven.access.HavenUser;
import haven.access.Role;
import haven.clocks.DeadlineView;
import java.util.EnumSet;
import java.util.Set;

/** Who may see and act on which part of the register: owners, their team, and supervisors in the same agency. */
final class DeadlineAccess {

    /** Roles that see their whole agency's deadlines and may meet or stop any of them. */
    static final Set<Role> AGENCY_WIDE = EnumSet.of(Role.SOCIAL_WORK_MANAGER, Role.POLICE_SUPERVISOR, Role.SECURE_MANAGER,
            Role.DESIGNATED_OFFICER);

    /** Roles that see the breach report of every agency. */
    static final Set<Role> NATIONAL = EnumSet.of(Role.NATIONAL_MONITOR, Role.ADMINISTRATOR);

    private DeadlineAccess() {
    }

    static boolean seesAgency(HavenUser user) {
        return user.hasAny(AGENCY_WIDE);
    }

    /** {@code escalatedToUser}: the deadline was escalated to this user, who may then see and act on it. */
    static boolean mayView(HavenUser user, DeadlineView d, boolean escalatedToUser) {
        return d.ownerUserId() == user.id() || escalatedToUser
                || (d.agencyId() == user.agencyId() && (seesAgency(user) || sameTeam(user, d)));
    }

    static boolean mayAct(HavenUser user, DeadlineView d, boolean escalatedToUser) {
        return d.ownerUserId() == user.id() || escalatedToUser || (d.agencyId() == user.agencyId() && seesAgency(user));
    }

    private static boolean sameTeam(HavenUser user, DeadlineView d) {
        return user.team() != null && user.team().equals(d.team());
    }
}
