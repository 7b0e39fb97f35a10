package haven.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * What one agency's system says about someone, as it arrives by import, API or form.
 * Identified by (agency, source system, source id); sending it again updates that record.
 */
public record PersonRecordDraft(long agencyId, String sourceSystem, String sourceId, String givenNames, String familyName,
                                List<String> aliases, LocalDate dateOfBirth, Sex sex, String nhsNumber, String pncId,
                                String upn, String laId, String phone, String email, boolean sealed, String lawfulBasis) {
    public PersonRecordDraft {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    @Override
    public String toString() {
        return "PersonRecordDraft[agency=" + agencyId + ", source=" + sourceSystem + "/" + sourceId + "]";
    }
}
