package haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonQueryTest {

    @Test
    void printsNoNameDateOfBirthOrIdentifierWhenLogged() {
        var query = new PersonQuery("Quenterbury", LocalDate.of(2011, 3, 27), "4010232137");
        assertThat(query.toString()).doesNotContain("Quenterbury", "2011", "4010232137");
    }
}
