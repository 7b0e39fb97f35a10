package haven.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {
    private final Nicknames nicknames = Nicknames.ukTable();

    @Test
    void knowsTheUkNicknamesOfFormalNames() {
        assertThat(nicknames.equivalent("bill", "william")).isTrue();
        assertThat(nicknames.equivalent("peggy", "margaret")).isTrue();
        assertThat(nicknames.equivalent("liz", "beth")).isTrue();
    }

    @Test
    void doesNotTreatUnrelatedNamesAsNicknames() {
        assertThat(nicknames.equivalent("bill", "robert")).isFalse();
        assertThat(nicknames.equivalent("zzz", "william")).isFalse();
    }

    @Test
    void givesNicknamesTheirFormalNameAsABlockingKey() {
        assertThat(nicknames.canonical("bill")).isEqualTo("william");
        assertThat(nicknames.canonical("unlistedname")).isEqualTo("unlistedname");
    }
}
