package haven.clocks.demo;

import haven.access.HavenUser;
import haven.access.Users;
import haven.clocks.Clocks;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.OpenDeadline;
import haven.clocks.RuleId;
import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Demo deadlines: some due soon, some warned, some overdue and escalated up to the senior lead, and a history of
 * breaches over the past months (met late, with reasons) so the breach report has something to show.
 */
@Component
class ClocksDemoSeeder implements DemoSeeder {

    private static final RuleId[] HISTORY_RULES = {RuleId.PP_02, RuleId.CP_01, RuleId.CP_02, RuleId.M_04, RuleId.DA_06};
    private static final String[] HISTORY_SUBJECTS = {"police-protection", "referral", "strategy-discussion",
        "missing-episode", "domestic-abuse-incident"};
    private static final String[] DELAYS = {
        "Designated officer was deployed to another incident",
        "Hub decision waited for the health check",
        "Strategy discussion rearranged: police attendee unavailable",
        "Return interview worker off sick; cover arranged the next day",
        "School contact details were wrong on the referral"};

    private final Clocks clocks;
    private final Users users;
    private final Clock clock;

    ClocksDemoSeeder(Clocks clocks, Users users, Clock clock) {
        this.clocks = clocks;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(DemoArea area) {
        Instant now = clock.instant();
        List<Long> children = area.children();
        Random random = area.random();
        long officer = user("police.officer");
        long hub = user("hub.worker");
        long socialWorker = user("social.worker");

        history(now, random, children, officer, hub, socialWorker);

        open(RuleId.PP_02, "police-protection", child(children, 0), now.minus(Duration.ofHours(100)), officer);
        open(RuleId.PP_02, "police-protection", child(children, 1), now.minus(Duration.ofHours(75)), officer);
        open(RuleId.PP_02, "police-protection", child(children, 2), now.minus(Duration.ofHours(50)), officer);
        open(RuleId.PP_02, "police-protection", child(children, 3), now.minus(Duration.ofHours(3)), officer);
        open(RuleId.DA_06, "domestic-abuse-incident", child(children, 4), now.minus(Duration.ofHours(30)), officer);
        open(RuleId.CP_01, "referral", child(children, 5), now.minus(Duration.ofDays(6)), hub);
        open(RuleId.CP_01, "referral", child(children, 6), now.minus(Duration.ofHours(2)), hub);
        open(RuleId.CP_02, "strategy-discussion", child(children, 7), now.minus(Duration.ofDays(9)), socialWorker);
        open(RuleId.CP_04, "assessment", child(children, 8), now.minus(Duration.ofDays(40)), socialWorker);
        open(RuleId.M_04, "missing-episode", child(children, 9), now.minus(Duration.ofHours(60)), socialWorker);
        open(RuleId.PACE_06, "custody", child(children, 10), now.minus(Duration.ofHours(10)), user("custody.sergeant"));
        open(RuleId.SE_03, "restraint", child(children, 11), now.minus(Duration.ofHours(30)), user("home.staff"));
        open(RuleId.AL_01, "allegation", "A-" + (1000 + random.nextInt(9000)), now.minus(Duration.ofDays(3)), user("lado"));
        sweepAll();
    }

    /** Deadlines over the past six months that were breached, then met late with a reason. */
    private void history(Instant now, Random random, List<Long> children, long officer, long hub, long socialWorker) {
        long[] owners = {officer, hub, socialWorker, socialWorker, officer};
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            int k = random.nextInt(HISTORY_RULES.length);
            Instant start = now.minus(Duration.ofDays(8 + random.nextInt(170))).minus(Duration.ofMinutes(random.nextInt(1440)));
            ids.add(open(HISTORY_RULES[k], HISTORY_SUBJECTS[k], child(children, 20 + i), start, owners[k]).id());
        }
        sweepAll();
        for (Long id : ids) {
            clocks.meet(id, DELAYS[random.nextInt(DELAYS.length)]);
        }
    }

    private DeadlineView open(RuleId rule, String subjectType, String subjectId, Instant start, long owner) {
        return clocks.open(OpenDeadline.of(rule, Jurisdiction.ENGLAND, subjectType, subjectId, start, owner));
    }

    private void sweepAll() {
        for (int pass = 0; pass < 100 && clocks.sweep().backlog(); pass++) {
            // keep sweeping until the backlog of the seeded deadlines is cleared
        }
    }

    private long user(String username) {
        return users.byUsername(username).map(HavenUser::id)
                .orElseThrow(() -> new IllegalStateException("demo user " + username + " is missing"));
    }

    private static String child(List<Long> children, int i) {
        return children.isEmpty() ? "demo-" + i : String.valueOf(children.get(i % children.size()));
    }
}
