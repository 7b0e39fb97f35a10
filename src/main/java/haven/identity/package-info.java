/**
 * People as each agency's system records them (person records), resolved into persons
 * across agencies. Owns the record tables, their version history and person search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"access", "platform"})
package haven.identity;
