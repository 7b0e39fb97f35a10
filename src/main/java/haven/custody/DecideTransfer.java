package haven.custody;

import java.time.Instant;

/**
 * Command: the child has been charged and refused bail; the custody officer decides on the transfer to local
 * authority accommodation or certifies why not (PACE-07 to PACE-09).
 *
 * @param impracticabilityReason for an impracticability certificate: why
 * @param otherAccommodationWouldNotProtectPublic for the serious-harm certificate: the officer's finding
 */
public record DecideTransfer(long recordId, Instant chargedAt, Instant bailRefusedAt, String decidedBy,
                             TransferGround ground, ImpracticabilityReason impracticabilityReason,
                             boolean secureAccommodationUnavailable, boolean otherAccommodationWouldNotProtectPublic,
                             String explanation) {
}
