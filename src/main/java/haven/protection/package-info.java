/**
 * Police protection (Children Act 1989 s46): the start with its grounds and place of safety, the designated
 * officer's inquiry and decision, every notification duty as a task with a time, the 72-hour limit from
 * {@code clocks}, and how it ended. Owns the {@code protection_*} tables (V300-V309).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Police protection",
        allowedDependencies = {"clocks", "clocks :: rules", "platform", "access", "identity"})
package haven.protection;
