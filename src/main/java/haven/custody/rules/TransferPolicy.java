package haven.custody.rules;

import haven.custody.DecideTransfer;
import haven.custody.ImpracticabilityReason;
import haven.platform.rules.Verdict;

import java.time.Clock;

import static haven.custody.rules.Checks.blank;

/**
 * Decision support for a child charged and refused bail (PACE-07 to PACE-11): the child moves to local authority
 * accommodation unless a valid certificate says otherwise, and Haven refuses the grounds the law does not allow.
 */
public final class TransferPolicy {

    private final Clock clock;

    public TransferPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, DecideTransfer c) {
        if (f.arrestKind() != null && f.arrestKind().isBreach()) {
            // PACE-11
            return Verdict.refused("PACE-11", "ground",
                    "A child arrested for breaching bail or remand conditions is outside the transfer duty: the child "
                            + "stays at the station and is brought before a court within 24 hours (Sundays, Christmas "
                            + "Day and Good Friday not counted). Do not ask for local authority accommodation.");
        }
        Verdict charged = Checks.timeOnOpenRecord(f, c.chargedAt(), "chargedAt", "PACE-07", clock);
        if (!charged.allowed()) {
            return charged;
        }
        Verdict refused = Checks.timeOnOpenRecord(f, c.bailRefusedAt(), "bailRefusedAt", "PACE-07", clock);
        if (!refused.allowed()) {
            return refused;
        }
        if (c.bailRefusedAt().isBefore(c.chargedAt())) {
            return Verdict.refused("PACE-07", "bailRefusedAt", "Bail is refused after charge.");
        }
        if (blank(c.decidedBy())) {
            return Verdict.refused("PACE-07", "decidedBy", "Record the custody officer making the decision.");
        }
        if (c.ground() == null) {
            return Verdict.refused("PACE-07", "ground", "Choose transfer, or the certificate that applies.");
        }
        return switch (c.ground()) {
            case TRANSFER -> Verdict.ALLOWED;
            case IMPRACTICABLE -> impracticable(c);
            case NO_SECURE_ACCOMMODATION_SERIOUS_HARM -> seriousHarm(f, c);
        };
    }

    private Verdict impracticable(DecideTransfer c) {
        ImpracticabilityReason r = c.impracticabilityReason();
        if (r == null) {
            return Verdict.refused("PACE-08", "impracticabilityReason", "Say what makes the move impracticable.");
        }
        switch (r) {
            case CHILD_BEHAVIOUR:
                return Verdict.refused("PACE-08", "impracticabilityReason",
                        "The child's behaviour never makes a transfer impracticable. Impracticable means transport "
                                + "and travel only: transfer the child to local authority accommodation.");
            case NATURE_OF_OFFENCE:
                return Verdict.refused("PACE-08", "impracticabilityReason",
                        "The nature of the offence never makes a transfer impracticable. Impracticable means "
                                + "transport and travel only: transfer the child to local authority accommodation.");
            case NO_SECURE_BED:
                return Verdict.refused("PACE-08", "impracticabilityReason",
                        "The lack of secure accommodation does not make a transfer impracticable: the local "
                                + "authority must accept the child into non-secure accommodation (PACE-10).");
            case OTHER:
                return Verdict.refused("PACE-08", "impracticabilityReason",
                        "Impracticable means transport and travel only (for example extreme weather). Any other "
                                + "reason is not a ground for keeping the child at the station.");
            case TRANSPORT_OR_TRAVEL:
            default:
                break;
        }
        if (blank(c.explanation())) {
            return Verdict.refused("PACE-08", "explanation",
                    "Explain the transport or travel circumstances: the certificate goes to the court.");
        }
        return Verdict.ALLOWED;
    }

    private Verdict seriousHarm(CustodyFacts f, DecideTransfer c) {
        if (f.age() == null || f.age() < 12) {
            return Verdict.refused("PACE-07", "ground",
                    "The no-secure-accommodation certificate applies only to a child aged 12 or over.");
        }
        if (!f.violentOrSexualOffence()) {
            return Verdict.refused("PACE-09", "ground",
                    "\"Serious harm\" applies only where the charge is a violent or sexual offence: transfer the "
                            + "child to local authority accommodation.");
        }
        if (!c.secureAccommodationUnavailable()) {
            return Verdict.refused("PACE-07", "secureAccommodationUnavailable",
                    "The certificate needs the local authority to have no secure accommodation available; if it "
                            + "has, transfer the child there.");
        }
        if (!c.otherAccommodationWouldNotProtectPublic()) {
            return Verdict.refused("PACE-07", "otherAccommodationWouldNotProtectPublic",
                    "The certificate needs the finding that other accommodation would not protect the public from "
                            + "serious harm from the child.");
        }
        if (blank(c.explanation())) {
            return Verdict.refused("PACE-07", "explanation", "Explain the finding: the certificate goes to the court.");
        }
        return Verdict.ALLOWED;
    }
}
