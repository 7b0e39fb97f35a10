package haven.intake;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.platform.demo.DemoArea;
import haven.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * As a police system and a health system would: each sends its record of one child with the address it knows. The
 * second record is matched once its home is stored, so the shared address and postcode count in the evidence a
 * reviewer (or the decision log) sees; the same pair of records at two different addresses is not worth a look.
 */
class AddressEvidenceIntegrationTest extends IntegrationTest {
    @Autowired
    Intake intake;
    @Autowired
    Users users;

    private long send(String agency, String system, String id, String given, String family, String address,
                      String postcode) {
        Map<String, String> row = new HashMap<>();
        row.put("source_system", system);
        row.put("source_id", id);
        row.put("given_names", given);
        row.put("family_name", family);
        row.put("date_of_birth", "2012-02-19");
        row.put("sex", "M");
        row.put("lawful_basis", "Children Act 2004 s11");
        row.put("address_line", address);
        row.put("town", "Ashvale");
        row.put("postcode", postcode);
        row.put("area_code", "LA-ASH");
        return intake.registerOne(users.agency(agency).orElseThrow().id(), row, "test").recordId();
    }

    /** The evidence logged for the pair, from the review queue or the decision log; empty when it was not matched. */
    private List<String> evidence(long a, long b) {
        long left = Math.min(a, b), right = Math.max(a, b);
        return jdbc.sql("""
                select evidence::text from match_review where left_record_id = :l and right_record_id = :r
                union all
                select evidence::text from identity_decision where left_record_id in (:l, :r) and right_record_id in (:l, :r)""")
                .param("l", left).param("r", right).query(String.class).list();
    }

    /** The weight a field carried in the evidence, if it is there. */
    private static Double weight(String evidence, String field) {
        var m = java.util.regex.Pattern.compile("\\{[^}]*\"field\": \"" + field + "\"[^}]*\"weight\": (-?[0-9.]+)[^}]*}")
                .matcher(evidence);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    @Test
    void aSharedAddressCountsWhenTheSecondRecordIsMatched() {
        long police = send(DemoArea.POLICE, "Niche", "AE-1", "Jayden", "Wendlebrook", "14 Larkspur Row", "NV1 7QT");
        long health = send("NHS-NMT", "SystmOne", "AE-2", "Jaden", "Wendlebrook", "14 Larkspur Row", "NV1 7QT");
        var found = evidence(police, health);
        assertThat(found).as("the pair was matched: queued for review or linked").isNotEmpty();
        assertThat(weight(found.get(0), "address")).isPositive();
        assertThat(weight(found.get(0), "postcode")).isPositive();

        // the same two records of another child, each at a different address: the address alone made the difference
        long police2 = send(DemoArea.POLICE, "Niche", "AE-3", "Jayden", "Thorncastle", "3 Thistle Court", "NV2 5RB");
        long health2 = send("NHS-NMT", "SystmOne", "AE-4", "Jaden", "Thorncastle", "88 Quarry Hill", "NV3 9XD");
        assertThat(evidence(police2, health2)).as("not even worth a reviewer's look without the shared address")
                .isEmpty();
    }
}
