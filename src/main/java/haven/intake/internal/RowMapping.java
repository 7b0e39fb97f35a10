package haven.intake.internal;

import haven.identity.PersonRecordDraft;
import haven.identity.Sex;
import haven.intake.ExtractRow;
import haven.network.LocationDraft;
import haven.network.Network;
import haven.platform.web.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns an extract row into a person record and an address, or into the problems that stop it. */
public final class RowMapping {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private RowMapping() {
    }

    /** A row that can be stored. */
    public record Mapped(ExtractRow row, PersonRecordDraft record, LocationDraft address, LocalDate livesAtFrom) {
    }

    /** The row mapped, or the problems with it; {@code problems} is empty when {@code mapped} is set. */
    public record Result(Mapped mapped, List<FieldProblem> problems) {
    }

    public static Result map(ExtractRow row, long agencyId) {
        var problems = new ArrayList<FieldProblem>();
        if (row.values().containsKey("__not_an_object")) {
            return new Result(null, List.of(new FieldProblem("row", "Each entry must be an object of column names and values")));
        }
        if (row.values().containsKey("__inconsistent")) {
            problems.add(new FieldProblem("row", "The row has a different number of columns from the header"));
        }
        LocalDate dob = date(row, "date_of_birth", problems);
        LocalDate from = date(row, "lives_at_from", problems);
        Sex sex = null;
        if (row.get("sex") != null) {
            sex = switch (row.get("sex").toUpperCase(Locale.ROOT)) {
                case "F", "FEMALE" -> Sex.FEMALE;
                case "M", "MALE" -> Sex.MALE;
                case "O", "OTHER" -> Sex.OTHER;
                case "U", "UNKNOWN", "NOT KNOWN" -> Sex.UNKNOWN;
                default -> {
                    problems.add(new FieldProblem("sex", "sex must be F, M, O or U (or female, male, other, unknown)"));
                    yield null;
                }
            };
        }
        Boolean sealed = false;
        if (row.get("sealed") != null) {
            sealed = switch (row.get("sealed").toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    problems.add(new FieldProblem("sealed", "sealed must be true or false"));
                    yield null;
                }
            };
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        List<String> aliases = row.get("aliases") == null ? List.of()
                : Arrays.stream(row.get("aliases").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        // required fields are checked with the record's own rules (People.problems), so each is named once
        var record = new PersonRecordDraft(agencyId, orEmpty(row.get("source_system")), orEmpty(row.get("source_id")),
                orEmpty(row.get("given_names")), orEmpty(row.get("family_name")), aliases, dob, sex, row.get("nhs_number"), row.get("pnc_id"), row.get("upn"),
                row.get("la_id"), row.get("phone"), row.get("email"), sealed, orEmpty(row.get("lawful_basis")));
        LocationDraft address = null;
        if (row.get("address_line") != null || row.get("postcode") != null) {
            address = new LocationDraft(row.get("address_line") == null ? "" : row.get("address_line"), row.get("town"),
                    row.get("postcode"), null, null, row.get("area_code"));
            Network.problems(address).forEach(p -> problems.add(new FieldProblem(
                    p.field().equals("addressLine") ? "address_line" : p.field(), p.message())));
        }
        return problems.isEmpty() ? new Result(new Mapped(row, record, address, from), List.of()) : new Result(null, problems);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate date(ExtractRow row, String column, List<FieldProblem> problems) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, UK) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(column, column + " must be a real date as YYYY-MM-DD or DD/MM/YYYY"));
            return null;
        }
    }
}
