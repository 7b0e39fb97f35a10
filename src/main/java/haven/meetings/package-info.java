/**
 * Strategy discussions and joint work: convened from a referral, a police protection, a missing
 * episode or an exploitation assessment; invitees with their seniority; attendance, information
 * shared, decisions and actions, each on the clocks (CP-02, CP-05); the supervisor review queue;
 * and the reasons for every delay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"access", "identity", "platform", "clocks"})
package haven.meetings;
