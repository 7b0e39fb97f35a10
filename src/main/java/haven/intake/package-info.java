/**
 * Agencies' data coming in: bulk extracts (CSV and JSON) and single records through the
 * API, idempotent on (agency, source system, source id), with a per-row report of what was
 * rejected and why. One bad row never blocks or half-writes the others.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
        allowedDependencies = {"access", "identity", "network", "platform"})
package haven.intake;
