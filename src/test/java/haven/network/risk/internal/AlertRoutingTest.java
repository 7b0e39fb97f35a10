package haven.network.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import haven.network.risk.internal.AlertRouting.Candidate;
import haven.network.risk.internal.AlertRouting.Candidates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a co-location alert goes to: the adult's offender manager and the child's social worker, or those who stand in. */
class AlertRoutingTest {
    private static final Candidate OM = new Candidate(1, "Offender manager in the case");
    private static final Candidate OM_TEAM = new Candidate(2, "Offender managers, Northmere Constabulary");
    private static final Candidate OM_AREA = new Candidate(3, "Offender managers, force area");
    private static final Candidate SW = new Candidate(4, "The child's social worker");
    private static final Candidate HUB = new Candidate(5, "Safeguarding hub, Ashvale");
    private static final Candidate LEAD = new Candidate(6, "Senior lead (no safeguarding hub on Haven), Brackenford");

    @Test
    void sendsToTheInvolvedOffenderManagerAndSocialWorkerOnly() {
        var chosen = AlertRouting.route(new Candidates(List.of(OM), List.of(OM_TEAM), List.of(OM_AREA), List.of(SW), List.of(HUB), List.of(LEAD)));
        assertThat(chosen).containsExactly(OM, SW);
    }

    @Test
    void fallsBackToTheFlaggingAgencysOffenderManagersAndTheHub() {
        var chosen = AlertRouting.route(new Candidates(List.of(), List.of(OM_TEAM), List.of(OM_AREA), List.of(), List.of(HUB), List.of(LEAD)));
        assertThat(chosen).containsExactly(OM_TEAM, HUB);
    }

    @Test
    void fallsBackToTheLocalAuthoritysSeniorLeadWhereItHasNoHub() {
        var chosen = AlertRouting.route(new Candidates(List.of(OM), List.of(), List.of(), List.of(), List.of(), List.of(LEAD)));
        assertThat(chosen).containsExactly(OM, LEAD);
    }

    @Test
    void fallsBackToTheAreasOffenderManagersWhenNoPoliceAgencyRaisedTheFlag() {
        var chosen = AlertRouting.route(new Candidates(List.of(), List.of(), List.of(OM_AREA), List.of(SW), List.of(), List.of()));
        assertThat(chosen).containsExactly(OM_AREA, SW);
    }

    @Test
    void listsSomeoneChosenOnBothSidesOnceWithBothReasons() {
        var both = new Candidate(9, "Hub worker");
        var chosen = AlertRouting.route(new Candidates(List.of(new Candidate(9, "Offender manager in the case")), List.of(),
                List.of(), List.of(), List.of(both), List.of()));
        assertThat(chosen).containsExactly(new Candidate(9, "Offender manager in the case; Hub worker"));
    }

    @Test
    void sendsToNobodyWhenNoOneCanBeFound() {
        assertThat(AlertRouting.route(new Candidates(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))).isEmpty();
    }
}
