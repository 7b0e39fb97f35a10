package haven.identity;

import java.time.LocalDate;

/** What a practitioner searches by; any may be blank but not all. */
public record PersonQuery(String name, LocalDate dateOfBirth, String identifier) {
    public boolean isEmpty() {
        return (name == null || name.isBlank()) && dateOfBirth == null && (identifier == null || identifier.isBlank());
    }
}
