/**
 * The demo area: a seeded, reproducible, fictional force area with five local authorities,
 * its agencies and demo users, and people with the records several agencies would hold
 * about them. Exists only in the demo profile (and for benchmarks); nobody in it is real.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo area",
        allowedDependencies = {"access", "identity", "network", "flags", "platform"})
package haven.demo;
