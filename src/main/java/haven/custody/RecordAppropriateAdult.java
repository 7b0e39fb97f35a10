package haven.custody;

import java.time.Instant;

/**
 * Command: the appropriate adult was asked to attend, and (later) arrived (PACE-02).
 *
 * @param isSolicitor        a solicitor or accredited representative acting for anyone in the case
 * @param isPoliceEmployee   a police officer or anyone employed by the police
 * @param isCoSuspect        suspected of involvement in the offence, a victim, or a witness
 * @param welfarePersonInformedAt when the person responsible for the child's welfare was told
 */
public record RecordAppropriateAdult(
        long recordId,
        String name,
        AppropriateAdultRole role,
        boolean isSolicitor,
        boolean isPoliceEmployee,
        boolean isCoSuspect,
        Instant requestedAt,
        Instant arrivedAt,
        Instant welfarePersonInformedAt,
        String recordedBy) {

    @Override
    public String toString() {
        return "RecordAppropriateAdult[recordId=" + recordId + "]";
    }
}
