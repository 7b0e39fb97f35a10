package haven.identity.internal;

import haven.identity.PersonRecordDraft;
import haven.platform.web.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a person record before it is stored, naming each field that is wrong. */
public final class RecordValidation {
    private static final Pattern NHS = Pattern.compile("\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RecordValidation() {
    }

    public static List<FieldProblem> problems(PersonRecordDraft d, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (blank(d.sourceSystem())) {
            problems.add(new FieldProblem("sourceSystem", "Enter the system the record comes from"));
        }
        if (blank(d.sourceId())) {
            problems.add(new FieldProblem("sourceId", "Enter the record's id in its source system"));
        }
        if (blank(d.givenNames())) {
            problems.add(new FieldProblem("givenNames", "Enter the given names"));
        }
        if (blank(d.familyName())) {
            problems.add(new FieldProblem("familyName", "Enter the family name"));
        }
        if (d.dateOfBirth() != null && (d.dateOfBirth().isAfter(today) || d.dateOfBirth().isBefore(today.minusYears(120)))) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth must be a real date in the past"));
        }
        if (!blank(d.nhsNumber()) && !isValidNhsNumber(d.nhsNumber())) {
            problems.add(new FieldProblem("nhsNumber", "NHS number must be 10 digits with a valid check digit"));
        }
        if (!blank(d.email()) && !EMAIL.matcher(d.email()).matches()) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (blank(d.lawfulBasis())) {
            problems.add(new FieldProblem("lawfulBasis", "Enter the lawful basis for sharing this record"));
        }
        return problems;
    }

    /** The NHS number's last digit is a modulus 11 check over the first nine. */
    public static boolean isValidNhsNumber(String value) {
        String digits = value.replace(" ", "");
        if (!NHS.matcher(digits).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
