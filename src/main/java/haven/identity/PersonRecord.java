package haven.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One agency's record of a person, as it stands now, with where it came from. */
public record PersonRecord(long id, long personId, long agencyId, String agencyName, String sourceSystem, String sourceId,
                           String givenNames, String familyName, List<String> aliases, LocalDate dateOfBirth, Sex sex,
                           String nhsNumber, String pncId, String upn, String laId, String phone, String email,
                           boolean sealed, String lawfulBasis, int version, String recordedBy, Instant recordedAt) {

    public String fullName() {
        return givenNames + " " + familyName;
    }

    @Override
    public String toString() {
        return "PersonRecord[id=" + id + ", person=" + personId + "]";
    }
}
