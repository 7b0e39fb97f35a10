package haven.custody;

import java.time.Instant;

/**
 * Command: the child is placed in a detention room or a cell (PACE-14).
 *
 * @param noOtherSecurePlace          for a cell: no other secure place is available
 * @param supervisionOtherwiseImpossible for a cell: the child cannot be supervised anywhere else
 * @param sharedWithAdult             whether the child would share with a detained adult
 * @param womanResponsibleForCare     for a girl: the woman officer or staff member responsible for her care
 */
public record RecordDetentionPlace(long recordId, DetentionPlace place, Instant placedAt, String decidedBy,
                                   boolean noOtherSecurePlace, boolean supervisionOtherwiseImpossible,
                                   String reasonForCell, boolean sharedWithAdult, String womanResponsibleForCare) {
}
