package haven.identity;

import java.time.LocalDate;

/** What a practitioner searches by; any may be blank but not all. */
public record PersonQuery(String name, LocalDate dateOfBirth, String identifier) {
    @Override
    public String toString() {
        return "PersonQuery[name=" + (name != null) + ", dateOfBirth=" + (dateOfBirth != null) + ", identifier="
                + (identifier != null) + "]";
    }

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && dateOfBirth == null && (identifier == null || identifier.isBlank());
    }
}
