/**
 * Children in police custody (PACE 1984 and Code C): a custody record for everyone detained who appears to be
 * under 18, with the PACE clocks from {@code clocks}, the appropriate adult, the youth assessment, cell or
 * detention room, strip-search safeguards, decision support for the transfer after charge, and a referral to
 * children's social care before the record closes. Owns the {@code custody_*} tables (V310-V399).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custody",
        allowedDependencies = {"clocks", "clocks :: rules", "platform", "access", "identity"})
package haven.custody;
