package haven.intake;

import java.util.List;

/** The columns of a person extract, the same in CSV (header row) and JSON (object keys). */
public final class ExtractColumns {
    public static final List<String> ALL = List.of("source_system", "source_id", "given_names", "family_name", "aliases",
            "date_of_birth", "sex", "nhs_number", "pnc_id", "upn", "la_id", "phone", "email", "sealed", "lawful_basis",
            "address_line", "town", "postcode", "area_code", "lives_at_from");
    public static final List<String> REQUIRED = List.of("source_system", "source_id", "given_names", "family_name",
            "lawful_basis");

    private ExtractColumns() {
    }
}
