package haven.identity;

import java.time.LocalDate;

/** One person found by a search, with the name and date of birth most agencies hold. */
public record PersonMatch(long personId, String name, LocalDate dateOfBirth, String sex, int records, double score) {
    @Override
    public String toString() {
        return "PersonMatch[person=" + personId + "]";
    }
}
