/**
 * People as each agency's system records them (person records), resolved into persons
 * across agencies. Owns the record tables, their version history and person search; the
 * probabilistic linkage engine ({@code linkage}: Fellegi–Sunter, trained without labels), the
 * review queue of uncertain pairs, the decision log, and reversible merges and splits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"access", "platform"})
package haven.identity;
