/**
 * The time rules of RULES.md as plain Java, each with its local parameters. Exposed to other modules as the
 * named interface {@code rules} for the few rules with calculations beyond a schedule (for example PACE-05 review
 * numbers, SE-04 rolling separation limits); everything else goes through {@link haven.clocks.Rules}.
 */
@org.springframework.modulith.NamedInterface("rules")
package haven.clocks.rules;
