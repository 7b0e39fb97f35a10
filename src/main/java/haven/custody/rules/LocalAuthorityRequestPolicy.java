package haven.custody.rules;

import haven.custody.LocalAuthorityAnswer;
import haven.custody.RecordLocalAuthorityRequest;
import haven.custody.TransferGround;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.util.Optional;

import static haven.custody.rules.Checks.blank;

/**
 * The request to the local authority for a charged child's accommodation (PACE-07, PACE-10), and when an
 * unanswered or refused request goes up to an inspector and the authority's senior manager.
 */
public final class LocalAuthorityRequestPolicy {

    private final Clock clock;

    public LocalAuthorityRequestPolicy(Clock clock) {
        this.clock = clock;
    }

    public Verdict check(CustodyFacts f, RecordLocalAuthorityRequest c) {
        if (f.arrestKind() != null && f.arrestKind().isBreach()) {
            return Verdict.refused("PACE-11", "recordId",
                    "A child arrested for breaching bail or remand conditions is outside the transfer duty.");
        }
        if (!f.chargedAndBailRefused() || f.transferGround() == null) {
            return Verdict.refused("PACE-07", "recordId",
                    "Record the charge, the refusal of bail and the transfer decision first.");
        }
        if (blank(c.localAuthority())) {
            return Verdict.refused("PACE-07", "localAuthority", "Name the local authority asked.");
        }
        if (c.secureRequested() && f.transferGround() != TransferGround.NO_SECURE_ACCOMMODATION_SERIOUS_HARM) {
            return Verdict.refused("PACE-10", "secureRequested",
                    "Ask for non-secure accommodation: secure accommodation is only for a child aged 12 or over "
                            + "charged with a violent or sexual offence who would otherwise risk serious harm to the public.");
        }
        Verdict asked = Checks.timeOnOpenRecord(f, c.askedAt(), "askedAt", "PACE-07", clock);
        if (!asked.allowed()) {
            return asked;
        }
        if (c.answeredAt() != null) {
            Verdict answered = Checks.timeOnOpenRecord(f, c.answeredAt(), "answeredAt", "PACE-07", clock);
            if (!answered.allowed()) {
                return answered;
            }
            if (c.answeredAt().isBefore(c.askedAt())) {
                return Verdict.refused("PACE-07", "answeredAt", "The answer cannot come before the request.");
            }
            if (c.answer() == null) {
                return Verdict.refused("PACE-07", "answer", "Record the local authority's answer.");
            }
        } else if (c.answer() != null) {
            return Verdict.refused("PACE-07", "answeredAt", "Record when the local authority answered.");
        }
        if (blank(c.recordedBy())) {
            return Verdict.refused("PACE-07", "recordedBy", "Record who made this entry.");
        }
        return Verdict.ALLOWED;
    }

    /** Why this answer must go to an inspector and the local authority's senior manager, if it must. */
    public static Optional<String> escalation(boolean secureRequested, LocalAuthorityAnswer answer) {
        if (answer == null || !answer.needsEscalation()) {
            return Optional.empty();
        }
        if (!secureRequested) {
            return Optional.of("PACE-10: the local authority must accept a transfer into non-secure accommodation. "
                    + "Escalate now to the duty inspector and the local authority's senior manager.");
        }
        return Optional.of("PACE-07: no accommodation offered. Escalate to the duty inspector and the local "
                + "authority's senior manager, and ask for non-secure accommodation.");
    }
}
