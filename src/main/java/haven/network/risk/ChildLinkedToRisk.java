package haven.network.risk;

import java.util.List;

/**
 * A child (under 18, C-01) linked to an adult flagged as posing a risk to children, and how:
 * directly (household member, parent, carer, partner, associate), through a shared place
 * (lives at or stays at) or through a shared phone or vehicle. Names are left out when
 * the viewer may not see the person.
 */
public record ChildLinkedToRisk(long childPersonId, String childName, long riskPersonId, String riskName, String how,
                                Long locationId, String place, List<String> riskFlags) {
    @Override
    public String toString() {
        return "ChildLinkedToRisk[child=" + childPersonId + ", risk=" + riskPersonId + "]";
    }
}
