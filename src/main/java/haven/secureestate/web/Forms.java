package haven.secureestate.web;

import haven.platform.time.LondonTime;
import haven.secureestate.FieldProblem;
import haven.secureestate.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads form values (London wall-clock times from {@code datetime-local} inputs, ids, numbers), collecting a
 * problem naming the field for anything that cannot be read, so bad input never becomes a server error.
 */
final class Forms {

    final List<FieldProblem> problems = new ArrayList<>();

    Instant when(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter a date and time"));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(LondonTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter a real date and time, for example 02/03/2026 14:05"));
            return null;
        }
    }

    LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, "Enter a real date"));
            return null;
        }
    }

    UUID id(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    UUID optionalId(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Long child(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("childPersonId", "Select the child"));
            return null;
        }
    }

    int count(String field, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a whole number, 0 or more"));
            return 0;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String field, String value, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The problems an outcome carries, a rule refusal shown against the field it names with its rule id. */
    static List<FieldProblem> problemsOf(Outcome o) {
        if (o instanceof Outcome.Invalid i) {
            return i.problems();
        }
        if (o instanceof Outcome.Refused r) {
            return List.of(new FieldProblem(r.field() == null ? "form" : r.field(), r.reason() + " (" + r.ruleId() + ")"));
        }
        return List.of();
    }
}
