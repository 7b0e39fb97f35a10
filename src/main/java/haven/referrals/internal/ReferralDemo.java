package haven.referrals.internal;

import haven.access.HavenUser;
import haven.access.Users;
import haven.meetings.AddAction;
import haven.meetings.ConvenedFrom;
import haven.meetings.Invite;
import haven.meetings.InviteeAgency;
import haven.meetings.Investigation;
import haven.meetings.Meetings;
import haven.meetings.RecordDiscussion;
import haven.meetings.Seniority;
import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoSeeder;
import haven.platform.web.InvalidInput;
import haven.referrals.ConcernCategory;
import haven.referrals.Consent;
import haven.referrals.DecisionOutcome;
import haven.referrals.RaiseChallenge;
import haven.referrals.RaiseReferral;
import haven.referrals.RecordDecision;
import haven.referrals.ReferralSent;
import haven.referrals.Referrals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo area's front door: referrals from police, school, health and youth justice over the
 * last weeks with every outcome, some decided late, some still overdue and escalated, one
 * challenged; strategy discussions held on time, held late with the reason, and one late and
 * not held (flagged); a constable's single-agency decision waiting for the sergeant's review.
 */
@Component
class ReferralDemo implements DemoSeeder {
    private static final Logger log = LoggerFactory.getLogger(ReferralDemo.class);
    static final String BASIS = "Children Act 1989 s47 and s17; UK GDPR Article 6(1)(e) and 9(2)(g): risk of significant harm";

    private final Referrals referrals;
    private final Meetings meetings;
    private final Users users;
    private final HistoryGathering places;
    private final Clock clock;

    ReferralDemo(Referrals referrals, Meetings meetings, Users users, HistoryGathering places, Clock clock) {
        this.referrals = referrals;
        this.meetings = meetings;
        this.users = users;
        this.places = places;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    private HavenUser user(String username) {
        return users.byUsername(username).orElseThrow();
    }

    @Override
    public void seed(DemoArea area) {
        Instant now = clock.instant();
        var random = area.random();
        List<HavenUser> referrers = List.of(user("police.officer"), user("school.dsl"), user("health.visitor"),
                user("yot.worker"), user("police.sergeant"), user("custody.sergeant"));
        Map<String, String> hub = Map.of("LA-ASH", "hub.worker", "LA-BRK", "social.worker.brackenford",
                "LA-CAR", "hub.worker.car", "LA-DUN", "hub.worker.dun", "LA-ESK", "hub.worker.esk");
        DecisionOutcome[] cycle = {DecisionOutcome.NO_FURTHER_ACTION, DecisionOutcome.EARLY_HELP,
                DecisionOutcome.NO_FURTHER_ACTION, DecisionOutcome.ASSESSMENT_S17, DecisionOutcome.STRATEGY_DISCUSSION_S47,
                DecisionOutcome.NO_FURTHER_ACTION, DecisionOutcome.EARLY_HELP, DecisionOutcome.NO_FURTHER_ACTION};
        var sent = new ArrayList<ReferralSent>();
        var discussionsToHold = new ArrayList<String>();
        Long toChallenge = null;
        int made = 0;
        for (int i = 0; i < area.children().size() && made < 36; i++) {
            long child = area.children().get(i);
            HavenUser referrer = referrers.get(made % referrers.size());
            Instant sentAt;
            if (made < 3) {
                sentAt = now.minus(Duration.ofMinutes(40L + 30L * made)); // within CP-01
            } else if (made < 7) {
                sentAt = now.minus(Duration.ofDays(3L + made)); // overdue, escalated below
            } else {
                sentAt = now.minus(Duration.ofHours(30L + 19L * made + random.nextInt(8)));
            }
            ReferralSent r;
            try {
                r = referrals.raise(draft(child, made, random), referrer, sentAt);
            } catch (InvalidInput e) {
                continue; // a child with no known home cannot be routed; the demo skips them
            }
            made++;
            sent.add(r);
            if (made <= 7) {
                continue;
            }
            var la = users.agency(r.localAuthorityAgencyId()).orElseThrow();
            var decider = user(hub.get(la.code()));
            var outcome = cycle[made % cycle.length];
            boolean late = made % 5 == 0;
            Instant decidedAt = sentAt.plus(late ? Duration.ofDays(4) : Duration.ofHours(3));
            if (decidedAt.isAfter(now)) {
                decidedAt = now.minusSeconds(60);
            }
            referrals.decide(r.referralId(), new RecordDecision(outcome, reason(outcome),
                    "Hub short of staff after two social workers left; referrals triaged by risk"), decider, decidedAt);
            if (outcome == DecisionOutcome.STRATEGY_DISCUSSION_S47) {
                discussionsToHold.add(r.reference());
            }
            if (outcome == DecisionOutcome.NO_FURTHER_ACTION && "police.officer".equals(referrer.username()) && toChallenge == null) {
                toChallenge = r.referralId();
            }
        }
        referrals.escalateOverdue();
        if (toChallenge != null) {
            referrals.challenge(toChallenge, new RaiseChallenge("The child disclosed a further assault on the way home"
                    + " and her brother (4) lives in the same house; this needs at least an assessment."), user("police.officer"));
        }
        holdDiscussions(discussionsToHold, now);
        lateDiscussionInAshvale(area, now);
        log.info("Demo front door: {} referrals, {} strategy discussions", sent.size(), discussionsToHold.size());
    }

    /** A discussion convened from a missing episode in Ashvale ten days ago and never held: late and flagged. */
    private void lateDiscussionInAshvale(DemoArea area, Instant now) {
        var ashvale = users.agency("LA-ASH").orElseThrow();
        area.children().stream().skip(40).filter(c -> "LA-ASH".equals(places.currentArea(c))).findFirst()
                .ifPresent(child -> meetings.convene(new haven.meetings.ConveneDiscussion(
                        new ConvenedFrom("MISSING_EPISODE", "ME-" + child + "-3"), child, ashvale.id(),
                        "Third missing episode in 30 days (M-06); seen with older men at a flat in town"), user("sw.manager"),
                        now.minus(Duration.ofDays(10))));
    }

    /** The first discussion is held on time and jointly; the second late with a constable only; the rest stay unheld. */
    private void holdDiscussions(List<String> references, Instant now) {
        var sergeant = user("police.sergeant");
        var officer = user("police.officer");
        var manager = user("sw.manager");
        var nurse = user("health.visitor");
        for (int i = 0; i < references.size() && i < 2; i++) {
            var d = meetings.convenedFrom(new ConvenedFrom("REFERRAL", references.get(i))).get(0);
            boolean onTime = i == 0;
            Instant heldAt = onTime ? d.convenedAt().plus(Duration.ofHours(2)) : d.due().plus(Duration.ofDays(9));
            if (heldAt.isAfter(now)) {
                continue;
            }
            var police = onTime ? sergeant : officer;
            long p = meetings.invite(d.id(), new Invite(police.id(), null, InviteeAgency.POLICE,
                    onTime ? Seniority.FIRST_LINE_MANAGER : Seniority.PRACTITIONER), manager);
            long s = meetings.invite(d.id(), new Invite(manager.id(), null, InviteeAgency.SOCIAL_CARE, Seniority.FIRST_LINE_MANAGER), manager);
            long h = meetings.invite(d.id(), new Invite(nurse.id(), null, InviteeAgency.HEALTH, Seniority.PRACTITIONER), manager);
            meetings.record(d.id(), new RecordDiscussion(heldAt, List.of(p, s, h),
                    "Police: two domestic abuse call-outs this year. Health: missed developmental checks. Social care: previous"
                            + " child in need plan closed last year.",
                    onTime ? Investigation.JOINT : Investigation.SINGLE_AGENCY_POLICE, onTime, false,
                    onTime ? "Disclosure of physical harm by a carer; joint investigation and s47 enquiries."
                            : "Police to interview the suspect; social care not to visit for now.",
                    onTime ? null : "The social worker was not available; no cover was arranged for two weeks"), manager);
            meetings.addAction(d.id(), new AddAction("Achieving best evidence interview of the child", police.id(),
                    haven.clocks.LondonTime.dateOf(now).plusDays(3)), manager);
        }
    }

    private static RaiseReferral draft(long child, int n, java.util.Random random) {
        var categories = switch (n % 5) {
            case 0 -> List.of(ConcernCategory.DOMESTIC_ABUSE, ConcernCategory.EMOTIONAL_ABUSE);
            case 1 -> List.of(ConcernCategory.NEGLECT);
            case 2 -> List.of(ConcernCategory.PHYSICAL_ABUSE);
            case 3 -> List.of(ConcernCategory.EXPLOITATION, ConcernCategory.MISSING);
            default -> List.of(ConcernCategory.SEXUAL_ABUSE);
        };
        boolean thin = n % 4 == 3;
        String what = thin ? "Concern for welfare." : "Officers attended the family home at 22:10 after a neighbour reported shouting."
                + " The mother had a cut lip; the child was in the kitchen in night clothes. No food in the house.";
        String voice = thin ? null : "\"I hide in my room when they shout. I want my mum to be safe.\"";
        String voiceNo = thin ? "The child was asleep and officers judged waking her would add to her distress" : null;
        String demeanour = n % 6 == 5 ? null : "Quiet, flinched when the door slammed, kept close to her older brother.";
        String demeanourNo = n % 6 == 5 ? "The child was at her grandmother's house and was not seen" : null;
        Consent consent = n % 3 == 0 ? Consent.GIVEN : n % 3 == 1 ? Consent.NOT_SOUGHT : Consent.REFUSED_SHARED_ANYWAY;
        String household = random.nextBoolean() ? "Brother, 4; sister, 9" : null;
        return new RaiseReferral(child, categories, what, voice, voiceNo, demeanour, demeanourNo, consent,
                consent == Consent.GIVEN ? null : BASIS, household, household == null);
    }

    private static String reason(DecisionOutcome o) {
        return switch (o) {
            case NO_FURTHER_ACTION -> "Single incident; parents engaging with their GP; threshold for assessment not met.";
            case EARLY_HELP -> "Family support worker to offer the family early help.";
            case ASSESSMENT_S17 -> "Child and family assessment by the assessment team.";
            case STRATEGY_DISCUSSION_S47 -> "Reasonable cause to suspect significant harm.";
        };
    }
}
