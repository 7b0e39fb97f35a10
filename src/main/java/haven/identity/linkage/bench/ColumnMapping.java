package haven.identity.linkage.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which CSV columns feed which person field, written {@code field=column} and comma separated; a field may join
 * several columns with '+', e.g. {@code address=street_number+address_1+address_2}. Fields: forename, surname,
 * dateOfBirth, sex, postcode, address, locality, nhsNumber, pncId, upn, otherId, phone, email.
 */
public record ColumnMapping(String idColumn, Map<String, List<String>> fields) {
    public static final List<String> FIELDS = List.of("forename", "surname", "dateOfBirth", "sex", "postcode",
            "address", "locality", "nhsNumber", "pncId", "upn", "otherId", "phone", "email");

    public static ColumnMapping parse(String idColumn, String spec) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] kv = p.split("=", 2);
            if (kv.length != 2 || !FIELDS.contains(kv[0].trim())) {
                throw new IllegalArgumentException("column mapping '" + p + "': expected field=column with field one of "
                        + FIELDS);
            }
            map.put(kv[0].trim(), List.of(kv[1].trim().split("\\+")));
        }
        return new ColumnMapping(idColumn, map);
    }

    public ColumnMapping without(String field) {
        Map<String, List<String>> map = new LinkedHashMap<>(fields);
        map.remove(field);
        return new ColumnMapping(idColumn, map);
    }

    public static ColumnMapping febrl() {
        return parse("rec_id", "forename=given_name,surname=surname,dateOfBirth=date_of_birth,"
                + "address=street_number+address_1+address_2,locality=suburb,postcode=postcode,otherId=soc_sec_id");
    }

    public static ColumnMapping fake1000() {
        return parse("unique_id", "forename=first_name,surname=surname,dateOfBirth=dob,locality=city,email=email");
    }
}
