/**
 * Statutory clocks: the England and Wales working-day calendar, the time rules of RULES.md
 * ({@link haven.clocks.Rules}, {@link haven.clocks.StatutoryRule}, {@link haven.clocks.Schedule}) and the
 * deadline register with its sweep and escalation. Every other module asks this one for its deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clocks", allowedDependencies = {"access", "platform"})
package haven.clocks;
