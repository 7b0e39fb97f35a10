package haven.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haven.access.HavenUser;
import haven.access.Users;
import haven.platform.web.InvalidInput;
import haven.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The deadline register on the real database: open, sweep, escalate, meet and stop. */
@RecordApplicationEvents
class ClocksIntegrationTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    Clocks clocks;

    @Autowired
    Users users;

    @Autowired
    Clock clock;

    private HavenUser user(String username) {
        return users.byUsername(username).orElseThrow();
    }

    private DeadlineView openPoliceProtection(Duration ago) { // PP-02
        return clocks.open(OpenDeadline.of(RuleId.PP_02, Jurisdiction.ENGLAND, "police-protection",
                "it-" + SUBJECTS.incrementAndGet(), clock.instant().minus(ago), user("police.officer").id()));
    }

    @Test
    void opensADeadlineWithItsDueTimeFromTheRuleAndTheOwnersTeamAndAgency() { // PP-02
        HavenUser officer = user("police.officer");
        DeadlineView d = openPoliceProtection(Duration.ofHours(1));
        assertThat(d.due()).isEqualTo(d.start().plus(Duration.ofHours(72)));
        assertThat(d.status()).isEqualTo("open");
        assertThat(d.team()).isEqualTo(officer.team());
        assertThat(d.agencyId()).isEqualTo(officer.agencyId());
        assertThat(clocks.dueForUser(officer.id())).extracting(DeadlineView::id).contains(d.id());
        assertThat(clocks.dueForTeam(officer.agencyId(), officer.team())).extracting(DeadlineView::id).contains(d.id());
    }

    @Test
    void warnsTheOwnerAt48HoursOfPoliceProtection() { // PP-02
        DeadlineView d = openPoliceProtection(Duration.ofHours(50));
        clocks.sweep();
        assertThat(clocks.find(d.id()).orElseThrow().status()).isEqualTo("warned");
        assertThat(jdbc.sql("select recipient_user_id from clocks_notification where deadline_id = :id and kind = 'warning'")
                .param("id", d.id()).query(Long.class).list()).containsExactly(user("police.officer").id());
    }

    @Test
    void escalatesABreachToTheOwnerThenTheSupervisorThenTheAgencysSeniorLead() { // PP-02 escalation chain
        DeadlineView d = openPoliceProtection(Duration.ofHours(100));
        clocks.sweep();
        DeadlineView breached = clocks.find(d.id()).orElseThrow();
        assertThat(breached.status()).isEqualTo("breached");
        assertThat(breached.breachedAt()).isEqualTo(d.due());
        assertThat(breached.escalationLevel()).isEqualTo(3);
        HavenUser officer = user("police.officer");
        assertThat(clocks.escalations(d.id())).extracting(Clocks.EscalationRecord::target, Clocks.EscalationRecord::recipientUserId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OWNER", officer.id()),
                        org.assertj.core.groups.Tuple.tuple("SUPERVISOR", officer.supervisorId()),
                        org.assertj.core.groups.Tuple.tuple("SENIOR_LEAD", users.agency(officer.agencyId()).orElseThrow().seniorLeadUserId()));
        assertThat(jdbc.sql("select count(*) from clocks_notification where deadline_id = :id and kind = 'escalation'")
                .param("id", d.id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBreachEscalatedToTheSupervisorIsListedForThem() {
        DeadlineView d = openPoliceProtection(Duration.ofHours(76));
        clocks.sweep();
        HavenUser officer = user("police.officer");
        assertThat(clocks.escalatedTo(officer.supervisorId())).extracting(DeadlineView::id).contains(d.id());
        assertThat(clocks.escalatedTo(officer.id())).extracting(DeadlineView::id).doesNotContain(d.id());
    }

    @Test
    void escalatesOnlyAsFarAsTheChainHasReachedAndASecondSweepAddsNothing() {
        DeadlineView d = openPoliceProtection(Duration.ofHours(73));
        clocks.sweep();
        clocks.sweep();
        assertThat(clocks.find(d.id()).orElseThrow().escalationLevel()).isEqualTo(1);
        assertThat(clocks.escalations(d.id())).extracting(Clocks.EscalationRecord::target).containsExactly("OWNER");
    }

    @Test
    void overdueDeadlinesAreListedFirst() {
        DeadlineView soon = openPoliceProtection(Duration.ofHours(1));
        DeadlineView overdue = openPoliceProtection(Duration.ofHours(80));
        List<Long> ids = clocks.dueForUser(user("police.officer").id()).stream().map(DeadlineView::id).toList();
        assertThat(ids.indexOf(overdue.id())).isLessThan(ids.indexOf(soon.id()));
    }

    @Test
    void refusesToMeetABreachedDeadlineWithoutTheReasonForTheDelay() {
        DeadlineView d = openPoliceProtection(Duration.ofHours(80));
        clocks.sweep();
        assertThat(clocks.meet(d.id(), " ")).isEqualTo(
                new DeadlineChange.Refused("reasonForDelay", "The deadline was missed: give the reason for the delay"));
        assertThat(clocks.find(d.id()).orElseThrow().status()).isEqualTo("breached");
        DeadlineChange met = clocks.meet(d.id(), "Designated officer was at another incident");
        DeadlineView done = ((DeadlineChange.Changed) met).deadline();
        assertThat(done.status()).isEqualTo("met");
        assertThat(done.late()).isTrue();
        assertThat(done.reason()).isEqualTo("Designated officer was at another incident");
        assertThat(clocks.dueForUser(user("police.officer").id())).extracting(DeadlineView::id).doesNotContain(d.id());
    }

    @Test
    void meetsADeadlineOnTimeWithoutAReason() {
        DeadlineView d = openPoliceProtection(Duration.ofHours(1));
        DeadlineView done = ((DeadlineChange.Changed) clocks.meet(d.id(), null)).deadline();
        assertThat(done.late()).isFalse();
        assertThat(done.reason()).isNull();
        clocks.sweep();
        assertThat(clocks.find(d.id()).orElseThrow().status()).isEqualTo("met");
    }

    @Test
    void stoppingNeedsAReasonAndKeepsTheHistory() {
        DeadlineView d = openPoliceProtection(Duration.ofHours(1));
        assertThat(clocks.stop(d.id(), "")).isInstanceOf(DeadlineChange.Refused.class);
        assertThat(clocks.stop(d.id(), "Child released to mother")).isInstanceOf(DeadlineChange.Changed.class);
        assertThat(clocks.stop(d.id(), "again")).isInstanceOf(DeadlineChange.Refused.class);
        assertThat(jdbc.sql("select kind from clocks_deadline_event where deadline_id = :id order by id")
                .param("id", d.id()).query(String.class).list()).containsExactly("opened", "stopped");
    }

    @Test
    void opensAMilestoneOfARuleAsItsOwnDeadline() { // PACE-06
        Instant relevantTime = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        DeadlineView d = clocks.open(new OpenDeadline(RuleId.PACE_06, "extended", Jurisdiction.ENGLAND, "custody", "it-c1",
                relevantTime, user("custody.sergeant").id()));
        assertThat(d.due()).isEqualTo(relevantTime.plus(Duration.ofHours(36)));
        assertThat(d.milestone()).isEqualTo("extended");
    }

    @Test
    void refusesAnUnknownMilestoneOrOwnerNamingTheField() {
        assertThatThrownBy(() -> clocks.open(new OpenDeadline(RuleId.PP_02, "nope", Jurisdiction.ENGLAND, "x", "1",
                clock.instant(), user("police.officer").id())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("milestone"));
        assertThatThrownBy(() -> clocks.open(OpenDeadline.of(RuleId.PP_02, Jurisdiction.ENGLAND, "x", "1", clock.instant(), 987654321L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("ownerUserId"));
    }

    @Test
    void countsBreachesPerRuleAndMonthForTheReport() {
        DeadlineView d = openPoliceProtection(Duration.ofHours(90));
        clocks.sweep();
        YearMonth month = YearMonth.from(d.due().atZone(LondonTime.ZONE));
        List<BreachCount> counts = clocks.breachesPerMonth(month, month, d.agencyId());
        assertThat(counts).anySatisfy(c -> {
            assertThat(c.rule()).isEqualTo(RuleId.PP_02);
            assertThat(c.breaches()).isPositive();
        });
    }

    @Test
    void publishesWarnedBreachedAndMetEvents() {
        DeadlineView warned = openPoliceProtection(Duration.ofHours(49));
        DeadlineView breached = openPoliceProtection(Duration.ofHours(74));
        clocks.sweep();
        clocks.meet(breached.id(), "Waiting for the emergency duty team");
        assertThat(events.stream(DeadlineWarned.class)).anySatisfy(e -> {
            assertThat(e.deadlineId()).isEqualTo(warned.id());
            assertThat(e.warningNumber()).isEqualTo(1);
        });
        assertThat(events.stream(DeadlineBreached.class)).anySatisfy(e -> assertThat(e.deadlineId()).isEqualTo(breached.id()));
        assertThat(events.stream(DeadlineMet.class)).anySatisfy(e -> {
            assertThat(e.deadlineId()).isEqualTo(breached.id());
            assertThat(e.late()).isTrue();
        });
    }

    @Test
    void demoAreaHasOverdueAndEscalatedDeadlines() {
        assertThat(jdbc.sql("select count(*) from clocks_deadline where status = 'breached' and escalation_level >= 2")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from clocks_deadline where status = 'met' and late and reason is not null")
                .query(Long.class).single()).isPositive();
    }
}
