package haven.identity;

import java.time.LocalDate;

/**
 * One person found by a search, with the name and date of birth most agencies hold, and the other names any agency
 * recorded for them (aliases: "also known as").
 */
public record PersonMatch(long personId, String name, LocalDate dateOfBirth, String sex, int records, double score,
                          java.util.List<String> aliases) {
    @Override
    public String toString() {
        return "PersonMatch[person=" + personId + "]";
    }
}
