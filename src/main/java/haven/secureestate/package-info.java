/**
 * The secure estate: secure training centres, young offender institutions and secure children's homes, the
 * children placed there, and the registers inspectors found missing or ignored — use of force (SE-01, SE-02, SE-03),
 * searches and restraint injuries (SE-07), separation (SE-04, SE-05), time out of room (SE-08), staffing, education,
 * medication and appointments — with an establishment dashboard and a national report for the monitor.
 * Deadlines come from {@code clocks}; staff records and allegations from {@code workforce}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secure estate",
        allowedDependencies = {"clocks", "clocks :: rules", "workforce", "workforce :: allegations",
                "workforce :: recruitment", "platform", "access", "identity"})
package haven.secureestate;
