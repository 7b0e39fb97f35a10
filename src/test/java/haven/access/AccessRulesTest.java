package haven.access;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.internal.AccessRules;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
    private static HavenUser user(Role... roles) {
        return new HavenUser(1, "u", "U", 1, "LA-ASH", "Ashvale", AgencyType.CHILDRENS_SERVICES, "LA-ASH", "team",
                EnumSet.copyOf(Set.of(roles)), null);
    }

    private static final Set<String> ASHVALE = Set.of("LA-ASH");

    @Test
    void letsSomeoneInvolvedInTheCaseOpenTheRecord() {
        var decision = AccessRules.decide(user(Role.SOCIAL_WORKER), new AccessRules.Facts(false, true, ASHVALE, ASHVALE));
        assertThat(decision).isInstanceOf(AccessDecision.Allowed.class);
    }

    @Test
    void asksForAReasonFromSomeoneInTheAreaWhoIsNotInvolved() {
        var decision = AccessRules.decide(user(Role.SOCIAL_WORKER), new AccessRules.Facts(false, false, ASHVALE, ASHVALE));
        assertThat(decision).isInstanceOf(AccessDecision.ReasonRequired.class);
    }

    @Test
    void refusesAChildWhoLivesOutsideTheUsersArea() {
        var decision = AccessRules.decide(user(Role.SOCIAL_WORKER), new AccessRules.Facts(false, false, Set.of("LA-BRK"), ASHVALE));
        assertThat(decision).isInstanceOf(AccessDecision.Refused.class);
        assertThat(((AccessDecision.Refused) decision).explanation()).contains("outside the area");
    }

    @Test
    void refusesASealedRecordToAnyoneButTheNamedRolesEvenWhenInvolved() {
        assertThat(AccessRules.decide(user(Role.SOCIAL_WORKER), new AccessRules.Facts(true, true, ASHVALE, ASHVALE)))
                .isInstanceOf(AccessDecision.Refused.class);
        assertThat(AccessRules.decide(user(Role.SOCIAL_WORK_MANAGER), new AccessRules.Facts(true, true, ASHVALE, ASHVALE)))
                .isInstanceOf(AccessDecision.Allowed.class);
    }

    @Test
    void refusesIndividualRecordsToTheNationalMonitor() {
        var decision = AccessRules.decide(user(Role.NATIONAL_MONITOR), new AccessRules.Facts(false, true, ASHVALE, ASHVALE));
        assertThat(decision).isInstanceOf(AccessDecision.Refused.class);
    }
}
