package haven.identity.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Turns raw {@link LinkageRecord}s into {@link PreparedRecord}s: the one place where values are cleaned. */
public final class RecordPreparer {
    // compiled once: preparing a batch applies them to every field of every record
    private static final Pattern NOT_UPPER_OR_DIGIT = Pattern.compile("[^A-Z0-9]");
    private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^a-z' -]");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SURNAME_PARTS = Pattern.compile("[- ]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern UK_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern DIGITS_8 = Pattern.compile("\\d{8}");
    private static final Pattern NOT_LOWER_OR_DIGIT_RUN = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Nicknames nicknames;

    public RecordPreparer(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    public PreparedRecord prepare(int index, int source, LinkageRecord r) {
        String forename = name(r.forename());
        String surname = name(r.surname());
        String dob = dob(r.dateOfBirth());
        int y = 0, m = 0, d = 0;
        if (dob != null) {
            y = Integer.parseInt(dob.substring(0, 4));
            m = Integer.parseInt(dob.substring(4, 6));
            d = Integer.parseInt(dob.substring(6, 8));
        }
        String postcode = blankToNull(r.postcode() == null ? null
                : NOT_UPPER_OR_DIGIT.matcher(r.postcode().toUpperCase(Locale.ROOT)).replaceAll(""));
        String email = blankToNull(r.email() == null ? null : r.email().trim().toLowerCase(Locale.ROOT));
        String phone = phone(r.phone());
        return new PreparedRecord(index, r.id(), source,
                forename, phonetic(forename), forename == null ? null : nicknames.canonical(forename),
                surname, phonetic(surname), surnameParts(surname),
                dob, y, m, d, sex(r.sex()), postcode, district(postcode),
                tokens(r.address()), name(r.locality()),
                NhsNumber.isValid(r.nhsNumber()) ? NhsNumber.digits(r.nhsNumber()) : null,
                code(r.pncId()), code(r.upn()), code(r.otherId()), phone, email,
                email == null ? null : email.substring(0, Math.max(0, email.indexOf('@'))),
                r.sealed());
    }

    private String phonetic(String name) {
        if (name == null) {
            return null;
        }
        String code = metaphone.doubleMetaphone(name.replace(" ", "").replace("-", ""));
        return code == null || code.isEmpty() ? null : code;
    }

    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String s = NOT_NAME_CHARACTER.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("").replace("'", "");
        s = SPACES.matcher(SPACED_HYPHEN.matcher(s).replaceAll("-")).replaceAll(" ").trim();
        return s.isEmpty() ? null : s;
    }

    static String[] surnameParts(String surname) {
        if (surname == null || !(surname.contains("-") || surname.contains(" "))) {
            return null;
        }
        return SURNAME_PARTS.split(surname);
    }

    /** Accepts yyyy-mm-dd, yyyymmdd and dd/mm/yyyy; anything else is treated as not recorded. */
    static String dob(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (ISO_DATE.matcher(s).matches()) {
            String[] p = s.split("-");
            return p[0] + pad(p[1]) + pad(p[2]);
        }
        if (UK_DATE.matcher(s).matches()) {
            String[] p = s.split("/");
            return p[2] + pad(p[1]) + pad(p[0]);
        }
        if (DIGITS_8.matcher(s).matches()) {
            return s;
        }
        return null;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    static char sex(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        char c = Character.toUpperCase(raw.trim().charAt(0));
        return c == 'M' || c == 'F' ? c : 0;
    }

    /** UK postcodes give their outward code; other (numeric) postcodes their first three characters. */
    static String district(String postcode) {
        if (postcode == null) {
            return null;
        }
        if (postcode.length() >= 5 && Character.isLetter(postcode.charAt(0))) {
            return postcode.substring(0, postcode.length() - 3);
        }
        return postcode.length() > 3 ? postcode.substring(0, 3) : null;
    }

    static String[] tokens(String raw) {
        if (raw == null) {
            return null;
        }
        String[] parts = NOT_LOWER_OR_DIGIT_RUN.split(raw.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    static String code(String raw) {
        if (raw == null) {
            return null;
        }
        String s = NOT_UPPER_OR_DIGIT.matcher(raw.toUpperCase(Locale.ROOT)).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String d = NOT_DIGIT.matcher(raw).replaceAll("");
        if (d.startsWith("44")) {
            d = "0" + d.substring(2);
        }
        return d.length() < 7 ? null : d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
