package haven.workforce.whistleblowing;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WhistleblowingTest {

    @Test
    void aFollowUpReferenceMatchesItsHashWhenTypedBackInLowerCase() {
        FollowUpReference ref = FollowUpReference.generate(new SecureRandom());

        assertThat(ref.value()).matches("WB-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(FollowUpReference.parse(" " + ref.value().toLowerCase() + " ").hash()).isEqualTo(ref.hash());
        assertThat(ref.toString()).doesNotContain(ref.value());
    }

    @Test
    void onlyNamedRolesMayReadReports() {
        WhistleblowingAccess access = new WhistleblowingAccess(List.of("WHISTLEBLOWING_GUARDIAN", "NATIONAL_MONITOR"));

        assertThat(access.mayRead(Set.of("ESTABLISHMENT_MANAGER")).isAllowed()).isFalse();
        assertThat(access.mayRead(Set.of("ESTABLISHMENT_MANAGER", "WHISTLEBLOWING_GUARDIAN")).isAllowed()).isTrue();
    }
}
