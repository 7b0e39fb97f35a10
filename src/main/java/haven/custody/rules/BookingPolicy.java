package haven.custody.rules;

import haven.custody.BookInChild;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Instant;

import static haven.custody.rules.Checks.blank;

/** Decides whether a child's booking-in is complete enough to start the custody record (C-01, C-06). */
public final class BookingPolicy {

    private final Clock clock;

    public BookingPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(BookInChild c) {
        Instant now = Instant.now(clock);
        if (c.childId() <= 0) {
            return Verdict.refused("C-01", "childId", "Say which child is being booked in.");
        }
        if (blank(c.suite())) {
            return Verdict.refused("C-06", "suite", "Choose the custody suite.");
        }
        if (c.sex() == null) {
            return Verdict.refused("PACE-14", "sex", "Record the child's sex: searches and care depend on it.");
        }
        if (c.dateOfBirth() == null && c.apparentAge() == null) {
            return Verdict.refused("C-01", "apparentAge", "Record a date of birth or the age the child appears to be.");
        }
        if (c.dateOfBirth() != null && c.dateOfBirth().isAfter(java.time.LocalDate.ofInstant(now, Age.LONDON))) {
            return Verdict.refused("C-01", "dateOfBirth", "The date of birth cannot be in the future.");
        }
        if (c.apparentAge() != null && (c.apparentAge() < 10 || c.apparentAge() > 25)) {
            return Verdict.refused("C-01", "apparentAge", "Apparent age must be between 10 and 25.");
        }
        Instant at = c.arrivedAt() == null ? now : c.arrivedAt();
        if (!JuvenilePolicy.treatAsJuvenile(c.dateOfBirth(), c.ageVerified(), c.apparentAge(), at)) {
            return Verdict.refused("C-01", "dateOfBirth",
                    "There is clear evidence this person is 18 or over: use the adult custody record.");
        }
        if (c.arrestKind() == null) {
            return Verdict.refused("PACE-11", "arrestKind", "Say whether the arrest is for an offence or a breach of bail or remand.");
        }
        if (blank(c.offence())) {
            return Verdict.refused("PACE-06", "offence", "Record the offence or the condition breached.");
        }
        if (c.arrivedAt() == null) {
            return Verdict.refused("C-06", "arrivedAt", "Record the arrival time: the detention clock runs from it.");
        }
        if (c.arrivedAt().isAfter(now)) {
            return Verdict.refused("C-06", "arrivedAt", "The arrival time cannot be in the future.");
        }
        if (c.detentionAuthorisedAt() == null) {
            return Verdict.refused("PACE-05", "detentionAuthorisedAt",
                    "Record when detention was authorised: reviews run from then.");
        }
        if (c.detentionAuthorisedAt().isBefore(c.arrivedAt()) || c.detentionAuthorisedAt().isAfter(now)) {
            return Verdict.refused("PACE-05", "detentionAuthorisedAt",
                    "Detention is authorised after arrival and not in the future.");
        }
        if (blank(c.authorisedBy())) {
            return Verdict.refused("PACE-05", "authorisedBy", "Record the custody officer who authorised detention.");
        }
        return Verdict.ALLOWED;
    }
}
