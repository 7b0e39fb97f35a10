package haven.custody.rules;

import haven.custody.ArrestKind;
import haven.custody.Sex;
import haven.custody.TransferGround;

import java.time.Instant;

/**
 * What the custody policies need to know about one custody record as it stands.
 *
 * @param age                   the working age (C-01), null if unknown
 * @param aaArrivedAt           when an eligible appropriate adult arrived, null until then
 * @param reviewsDone           reviews of detention carried out (not postponed)
 * @param detentionLimitHours   the limit now in force: 24, 36 after a superintendent's extension, or a warrant's
 * @param chargedAndBailRefused whether the child has been charged and refused bail
 * @param transferGround        the custody officer's transfer decision, null until made
 */
public record CustodyFacts(long recordId, Sex sex, Integer age, ArrestKind arrestKind, boolean indictableOffence,
                           boolean violentOrSexualOffence, Instant arrivedAt, Instant detentionAuthorisedAt,
                           Instant aaArrivedAt, int reviewsDone, int detentionLimitHours,
                           boolean chargedAndBailRefused, TransferGround transferGround, boolean closed) {
}
