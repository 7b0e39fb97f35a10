package haven.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsANumberWhoseModulus11CheckDigitIsRight() {
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
    }

    @Test
    void rejectsANumberWithOneDigitMistyped() {
        assertThat(NhsNumber.isValid("943 476 5918")).isFalse();
        assertThat(NhsNumber.isValid("9434765929")).isFalse();
    }

    @Test
    void rejectsValuesThatAreNotTenDigits() {
        assertThat(NhsNumber.isValid("94347659")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
        assertThat(NhsNumber.isValid("unknown")).isFalse();
    }

    @Test
    void computesTheCheckDigitOrRefusesWhenItWouldBeTen() {
        assertThat(NhsNumber.withCheckDigit("943476591")).isEqualTo("9434765919");
        for (int i = 0; i < 200; i++) {
            String n = NhsNumber.withCheckDigit(String.format("%09d", 400000000 + i * 7919));
            if (n != null) {
                assertThat(NhsNumber.isValid(n)).isTrue();
            }
        }
    }

    @Test
    void preparedRecordsTreatAnInvalidNhsNumberAsNotRecorded() {
        PreparedRecord r = Records.prepared(LinkageRecord.builder("a").nhsNumber("9434765918").build());
        assertThat(r.nhsNumber).isNull();
    }
}
