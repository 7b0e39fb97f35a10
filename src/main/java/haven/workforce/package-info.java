/**
 * The people who work with children in the secure estate: staff records with vetting and supervision (REC-01,
 * REC-02), allegations against staff referred to the LADO (AL-01) with the LADO's outcome, and a confidential,
 * anonymous whistleblowing channel visible only to named roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"clocks", "platform", "access"})
package haven.workforce;
