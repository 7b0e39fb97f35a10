/**
 * The front door: a practitioner's referral (public protection notice) about a child, with the
 * child's voice, consent or lawful basis and the child's history attached; routing to the local
 * authority's hub; the decision within CP-01 fed back to the referrer and their supervisor;
 * challenges to a named manager on their own clock; the front-door dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals",
        allowedDependencies = {"access", "identity", "network", "flags", "platform", "clocks", "meetings"})
package haven.referrals;
