package haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import haven.identity.internal.RecordValidation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

    @Test
    void acceptsAnNhsNumberWithAValidCheckDigitWithOrWithoutSpaces() {
        assertThat(RecordValidation.isValidNhsNumber("9434765919")).isTrue();
        assertThat(RecordValidation.isValidNhsNumber("943 476 5919")).isTrue();
    }

    @Test
    void refusesAnNhsNumberWithAWrongCheckDigit() {
        assertThat(RecordValidation.isValidNhsNumber("9434765918")).isFalse();
        assertThat(RecordValidation.isValidNhsNumber("12345")).isFalse();
    }

    @Test
    void namesEachMissingOrWrongField() {
        var draft = new PersonRecordDraft(1, "", "", "", "Taylor", List.of(), LocalDate.of(2030, 1, 1), Sex.FEMALE,
                "1234567890", null, null, null, null, "not-an-email", false, "");
        var fields = RecordValidation.problems(draft, LocalDate.of(2026, 11, 30)).stream().map(p -> p.field()).toList();
        assertThat(fields).containsExactlyInAnyOrder("sourceSystem", "sourceId", "givenNames", "dateOfBirth", "nhsNumber",
                "email", "lawfulBasis");
    }
}
