package haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form names each field a practitioner left empty or wrote so that it cannot be read. */
class FormTest {

    @Test
    void aRequiredFieldLeftBlankIsNamedWithItsMessageAndAFilledOneIsStripped() {
        var form = new Form(Map.of("givenNames", "  Ada ", "familyName", "   "));
        assertThat(form.required("givenNames", "Enter the child's given names")).isEqualTo("Ada");
        assertThat(form.required("familyName", "Enter the child's family name")).isNull();
        assertThat(form.required("middle", "Enter the middle name")).isNull();
        assertThat(form.problems()).containsExactly(
                new FieldProblem("familyName", "Enter the child's family name"),
                new FieldProblem("middle", "Enter the middle name"));
        assertThat(form.ok()).isFalse();
    }
}
