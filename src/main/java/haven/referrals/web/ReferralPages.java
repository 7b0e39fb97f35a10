package haven.referrals.web;

import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.identity.People;
import haven.identity.PersonQuery;
import haven.meetings.ConvenedFrom;
import haven.meetings.Meetings;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import haven.referrals.AnswerChallenge;
import haven.referrals.ConcernCategory;
import haven.referrals.Consent;
import haven.referrals.DecisionOutcome;
import haven.referrals.RaiseChallenge;
import haven.referrals.RaiseReferral;
import haven.referrals.RecordDecision;
import haven.referrals.ReferralView;
import haven.referrals.Referrals;
import haven.referrals.internal.Charts;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The referral pages: raise one, the hub queue and the referrer's list, one referral with its decision and challenge, the dashboard. */
@Controller
class ReferralPages {
    private final Referrals referrals;
    private final Meetings meetings;
    private final People people;
    private final AccessLog accessLog;
    private final haven.clocks.Clocks clocks;
    private final Clock clock;

    ReferralPages(Referrals referrals, Meetings meetings, People people, AccessLog accessLog, haven.clocks.Clocks clocks,
                  Clock clock) {
        this.clocks = clocks;
        this.referrals = referrals;
        this.meetings = meetings;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/referrals")
    String list(Model model) {
        HavenUser user = CurrentUser.get();
        model.addAttribute("queue", referrals.hubQueue(user)).addAttribute("sent", referrals.sentBy(user))
                .addAttribute("mayRaise", user.hasAny(ReferralNavigation.REFERRERS))
                .addAttribute("inbox", referrals.inbox(user.id(), false)).addAttribute("now", clock.instant());
        return "referrals/list";
    }

    @GetMapping("/referrals/new")
    @PreAuthorize("hasAnyRole('POLICE_OFFICER','POLICE_SUPERVISOR','CUSTODY_OFFICER','OFFENDER_MANAGER','HEALTH_PRACTITIONER',"
            + "'SCHOOL_SAFEGUARDING_LEAD','YOUTH_OFFENDING_WORKER','SECURE_STAFF','SECURE_MANAGER','HEALTHCARE_LEAD')")
    String start(@RequestParam(required = false) Long child, @RequestParam(required = false) String name, Model model) {
        if (child == null) {
            model.addAttribute("name", name);
            if (name != null && !name.isBlank()) {
                accessLog.record(CurrentUser.get(), null, AccessAction.SEARCH, "web", "finding the child for a referral", false);
                model.addAttribute("results", people.search(new PersonQuery(name, null, null), 10));
            }
            return "referrals/find-child";
        }
        form(model, child, new RaiseReferral(child, List.of(), null, null, null, null, null, null, null, null, false), List.of());
        return "referrals/new";
    }

    private void form(Model model, Long child, RaiseReferral r, List<FieldProblem> problems) {
        var summary = child == null ? List.<haven.identity.PersonMatch>of() : people.summaries(List.of(child));
        model.addAttribute("child", summary.isEmpty() ? null : summary.get(0)).addAttribute("r", r)
                .addAttribute("categories", ConcernCategory.values()).addAttribute("consents", Consent.values())
                .addAttribute("problems", problems);
    }

    @PostMapping("/referrals")
    @PreAuthorize("hasAnyRole('POLICE_OFFICER','POLICE_SUPERVISOR','CUSTODY_OFFICER','OFFENDER_MANAGER','HEALTH_PRACTITIONER',"
            + "'SCHOOL_SAFEGUARDING_LEAD','YOUTH_OFFENDING_WORKER','SECURE_STAFF','SECURE_MANAGER','HEALTHCARE_LEAD')")
    String raise(@RequestParam(required = false) Long childPersonId,
                 @RequestParam(required = false) List<ConcernCategory> categories,
                 @RequestParam(required = false) String whatHappened, @RequestParam(required = false) String childsVoice,
                 @RequestParam(required = false) String childsVoiceNotObtainedBecause,
                 @RequestParam(required = false) String demeanour,
                 @RequestParam(required = false) String demeanourNotObtainedBecause,
                 @RequestParam(required = false) Consent consent, @RequestParam(required = false) String lawfulBasis,
                 @RequestParam(required = false) String householdChildren,
                 @RequestParam(defaultValue = "false") boolean noOtherChildren, Model model) {
        var r = new RaiseReferral(childPersonId, categories, whatHappened, childsVoice, childsVoiceNotObtainedBecause, demeanour,
                demeanourNotObtainedBecause, consent, lawfulBasis, householdChildren, noOtherChildren);
        try {
            var sent = referrals.raise(r, CurrentUser.get());
            return "redirect:/referrals/" + sent.referralId() + "?sent";
        } catch (InvalidInput e) {
            form(model, childPersonId, r, e.problems());
            return "referrals/new";
        }
    }

    @GetMapping("/referrals/{id}")
    String view(@PathVariable long id, Model model) {
        show(model, id, List.of(), null);
        return "referrals/view";
    }

    private void show(Model model, long id, List<FieldProblem> problems, String form) {
        HavenUser user = CurrentUser.get();
        ReferralView v = referrals.view(id, user, "web");
        boolean referrerSide = user.id() == v.referrerUserId()
                || (v.referrerSupervisorId() != null && user.id() == v.referrerSupervisorId());
        boolean hub = user.agencyId() == v.localAuthorityAgencyId() && user.hasAny(ReferralNavigation.HUB);
        var open = v.openChallenge();
        model.addAttribute("v", v).addAttribute("now", clock.instant()).addAttribute("problems", problems)
                .addAttribute("form", form).addAttribute("outcomes", DecisionOutcome.values())
                .addAttribute("mayDecide", hub && !v.decided())
                .addAttribute("late", !clock.instant().isBefore(v.decisionDue()))
                .addAttribute("mayChallenge", referrerSide && v.decided() && open == null)
                .addAttribute("mayAnswer", open != null && open.managerUserId() == user.id())
                .addAttribute("challengeLate", open != null && !clock.instant().isBefore(open.due()))
                .addAttribute("showHistory", hub || referrerSide)
                .addAttribute("deadlines", clocks.forSubject("referral", String.valueOf(id)))
                .addAttribute("discussions", meetings.convenedFrom(new ConvenedFrom("REFERRAL", v.reference())))
                .addAttribute("reviews", v.decisions().stream()
                        .flatMap(d -> meetings.reviewsOf("REFERRAL_DECISION", d.id()).stream()).toList());
    }

    @PostMapping("/referrals/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) DecisionOutcome outcome,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String reasonForDelay,
                  Model model) {
        try {
            referrals.decide(id, new RecordDecision(outcome, reason, reasonForDelay), CurrentUser.get());
            return "redirect:/referrals/" + id + "?decided";
        } catch (InvalidInput e) {
            show(model, id, e.problems(), "decision");
            return "referrals/view";
        }
    }

    @PostMapping("/referrals/{id}/challenge")
    String challenge(@PathVariable long id, @RequestParam(required = false) String grounds, Model model) {
        try {
            referrals.challenge(id, new RaiseChallenge(grounds), CurrentUser.get());
            return "redirect:/referrals/" + id + "?challenged";
        } catch (InvalidInput e) {
            show(model, id, e.problems(), "challenge");
            return "referrals/view";
        }
    }

    @PostMapping("/referrals/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) DecisionOutcome newOutcome, @RequestParam(required = false) String response,
                  @RequestParam(required = false) String reasonForDelay, Model model) {
        try {
            if (answer == null) {
                throw new InvalidInput("answer", "Choose whether the decision stands");
            }
            referrals.answer(id, new AnswerChallenge("upheld".equals(answer), newOutcome, response, reasonForDelay),
                    CurrentUser.get());
            return "redirect:/referrals/" + id + "?answered";
        } catch (InvalidInput e) {
            show(model, id, e.problems(), "answer");
            return "referrals/view";
        }
    }

    @GetMapping("/referrals/dashboard")
    @PreAuthorize("hasAnyRole('POLICE_SUPERVISOR','SOCIAL_WORK_MANAGER','HUB_WORKER','NATIONAL_MONITOR','ADMINISTRATOR',"
            + "'HEALTH_PRACTITIONER')")
    String dashboard(Model model) {
        var d = referrals.dashboard();
        model.addAttribute("d", d).addAttribute("delays", referrals.delays(100)).addAttribute("weekly", Charts.weekly(d.weeks()))
                .addAttribute("byTeam", Charts.shares("by-team", "Share ending in no further action, by referring team", d.nfaByTeam()))
                .addAttribute("byLa", Charts.shares("by-la", "Share ending in no further action, by local authority",
                        d.nfaByLocalAuthority()));
        return "referrals/dashboard";
    }
}
