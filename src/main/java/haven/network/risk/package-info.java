/**
 * The risk network: who and what is within a few links of a person, the children linked
 * to adults flagged as posing a risk to children, places where several children at risk
 * meet (hotspots), and the co-location alert raised when a record puts such an adult at a
 * child's address, in a child's household or beside a child's parent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk network",
        allowedDependencies = {"access", "identity", "network", "flags", "platform"})
package haven.network.risk;
