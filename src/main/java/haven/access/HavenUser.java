package haven.access;

import java.util.Set;

/**
 * A signed-in member of staff (or an agency's system): who they are, their agency, area and roles.
 *
 * @param areaCode the area the user's agency covers: a force area covers its local authorities
 */
public record HavenUser(long id, String username, String displayName, long agencyId, String agencyCode,
                        String agencyName, AgencyType agencyType, String areaCode, String team,
                        Set<Role> roles, Long supervisorId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /** The role shown in the access log: the first practitioner role the user holds. */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return "HavenUser[id=" + id + ", agency=" + agencyCode + "]";
    }
}
