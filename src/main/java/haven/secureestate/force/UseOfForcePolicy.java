package haven.secureestate.force;

import haven.secureestate.Decision;
import haven.secureestate.estate.EstablishmentType;

/**
 * Whether a recorded use of force was within the rules for the establishment type:
 * SE-01 in young offender institutions and secure training centres, SE-02 in children's homes.
 */
public final class UseOfForcePolicy {

    private final TechniqueCatalogue catalogue;

    public UseOfForcePolicy(TechniqueCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Decision decide(EstablishmentType type, UseOfForce force) {
        boolean painInducing = force.techniqueCodes().stream()
                .map(catalogue::find)
                .anyMatch(t -> t.map(Technique::painInducing).orElse(false));
        if (type.isChildrensHome()) {
            return childrensHome(type, force, painInducing);
        }
        return custodial(force, painInducing);
    }

    // SE-02: restraint only to prevent injury or serious damage, or absconding from a secure home; never pain.
    private Decision childrensHome(EstablishmentType type, UseOfForce force, boolean painInducing) {
        if (painInducing) {
            return Decision.refused("SE-02", "techniqueCodes",
                    "Pain-inducing techniques are never allowed in a children's home");
        }
        RestraintReason reason = force.reason();
        boolean lawful = reason.isToPreventInjury()
                || reason == RestraintReason.PREVENT_SERIOUS_DAMAGE
                || (reason == RestraintReason.PREVENT_ABSCONDING && type.isSecure());
        if (!lawful) {
            return Decision.refused("SE-02", "reason", type.isSecure()
                    ? "In a secure children's home restraint is only allowed to prevent injury, serious damage or absconding"
                    : "In a children's home restraint is only allowed to prevent injury or serious damage to property");
        }
        return Decision.allowed();
    }

    // SE-01: pain only for an immediate risk of serious physical harm, and that risk recorded.
    private Decision custodial(UseOfForce force, boolean painInducing) {
        if (!painInducing) {
            return Decision.allowed();
        }
        if (!force.reason().isToPreventInjury()) {
            return Decision.refused("SE-01", "reason",
                    "A pain-inducing technique is only allowed to prevent an immediate risk of serious physical harm");
        }
        String justification = force.immediateRiskJustification();
        if (justification == null || justification.isBlank()) {
            return Decision.refused("SE-01", "immediateRiskJustification",
                    "Record the immediate risk of serious physical harm that justified a pain-inducing technique");
        }
        return Decision.allowed();
    }
}
