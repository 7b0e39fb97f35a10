package haven.platform.web;


import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a submitted form, collecting a problem for each field that cannot be read (so nothing becomes a 500). */
public final class Form {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Map<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    public Form(Map<String, String> values) {
        this.values = values;
    }

    public String text(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The field's text, stripped; when it is empty, {@code message} is recorded against the field and null returned. */
    public String required(String field, String message) {
        String v = text(field);
        if (v == null) {
            problem(field, message);
        }
        return v;
    }

    public boolean yes(String field) {
        String v = values.get(field);
        return "true".equals(v) || "yes".equals(v) || "on".equals(v);
    }

    /** A {@code datetime-local} field in London time. */
    public Instant time(String field, String label) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(LONDON).toInstant();
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, label + " must be a date and time, like 02/06/2025 10:00"));
            return null;
        }
    }

    /** A GOV.UK date input: {@code field-day}, {@code field-month}, {@code field-year}. */
    public LocalDate date(String field, String label) {
        String d = text(field + "-day");
        String m = text(field + "-month");
        String y = text(field + "-year");
        if (d == null && m == null && y == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem(field, label + " must be a real date, like 27 3 2010"));
            return null;
        }
    }

    public Integer number(String field, String label) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, label + " must be a whole number"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(Class<E> type, String field, String label) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Choose " + label + " from the list"));
            return null;
        }
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public Map<String, String> values() {
        return values;
    }
}
