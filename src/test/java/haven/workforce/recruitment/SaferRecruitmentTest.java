package haven.workforce.recruitment;

import haven.workforce.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SaferRecruitmentTest {

    private final LocalDate start = LocalDate.of(2026, 3, 9);

    private StaffMember staff(boolean regulated, CheckStatus dbs, CheckStatus barred, UUID supervisor) {
        return new StaffMember(UUID.randomUUID(), UUID.randomUUID(), "A. Officer", "Custody officer", regulated, 0,
                dbs, barred, supervisor, start, List.of());
    }

    @Test
    void refusesAStartBeforeClearanceWithoutASeparateBarredListCheck() { // REC-01
        Decision d = SaferRecruitment.mayStart(staff(true, CheckStatus.PENDING, CheckStatus.NOT_REQUESTED, UUID.randomUUID()), start);

        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).ruleId()).isEqualTo("REC-01");
        assertThat(((Decision.Refused) d).field()).isEqualTo("separateBarredListCheck");
    }

    @Test
    void refusesAStartBeforeClearanceWithoutRecordedSupervision() { // REC-01
        Decision d = SaferRecruitment.mayStart(staff(true, CheckStatus.PENDING, CheckStatus.CLEAR, null), start);

        assertThat(((Decision.Refused) d).field()).isEqualTo("supervisorId");
    }

    @Test
    void allowsAStartBeforeClearanceWithAClearBarredListCheckAndSupervision() { // REC-01
        assertThat(SaferRecruitment.mayStart(staff(true, CheckStatus.PENDING, CheckStatus.CLEAR, UUID.randomUUID()), start)
                .isAllowed()).isTrue();
    }

    @Test
    void refusesAStartWhenTheEnhancedCheckIsNotClear() { // REC-01
        Decision d = SaferRecruitment.mayStart(staff(true, CheckStatus.NOT_CLEAR, CheckStatus.CLEAR, UUID.randomUUID()), start);
        assertThat(((Decision.Refused) d).field()).isEqualTo("enhancedDbs");
    }

    @Test
    void refusesABarredListCheckForARoleOutsideRegulatedActivity() { // REC-02
        Decision d = SaferRecruitment.mayRequestBarredListCheck(staff(false, CheckStatus.PENDING, CheckStatus.NOT_REQUESTED, null));

        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).ruleId()).isEqualTo("REC-02");
    }

    @Test
    void allowsABarredListCheckForRegulatedActivity() { // REC-02
        assertThat(SaferRecruitment.mayRequestBarredListCheck(staff(true, CheckStatus.PENDING, CheckStatus.NOT_REQUESTED, null))
                .isAllowed()).isTrue();
    }

    @Test
    void printsOnlyTheIdOfAStaffMember() {
        StaffMember s = staff(true, CheckStatus.CLEAR, CheckStatus.NOT_REQUESTED, null);
        assertThat(s.toString()).doesNotContain("Officer").contains(s.id().toString());
    }
}
