package haven.referrals.web;

import haven.access.CurrentUser;
import haven.referrals.AnswerChallenge;
import haven.referrals.Dashboard;
import haven.referrals.DecisionChallenged;
import haven.referrals.Notification;
import haven.referrals.RaiseChallenge;
import haven.referrals.RaiseReferral;
import haven.referrals.RecordDecision;
import haven.referrals.ReferralDecided;
import haven.referrals.ReferralSent;
import haven.referrals.ReferralSummary;
import haven.referrals.ReferralView;
import haven.referrals.Referrals;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The referral API for agencies' systems: raise, read, decide, challenge, answer; the inbox; the dashboard. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApi {
    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('POLICE_OFFICER','POLICE_SUPERVISOR','CUSTODY_OFFICER',"
            + "'OFFENDER_MANAGER','HEALTH_PRACTITIONER','SCHOOL_SAFEGUARDING_LEAD','YOUTH_OFFENDING_WORKER','SECURE_STAFF',"
            + "'SECURE_MANAGER','HEALTHCARE_LEAD')")
    ReferralSent raise(@RequestBody RaiseReferral r) {
        return referrals.raise(r, CurrentUser.get());
    }

    @GetMapping("/{id}")
    ReferralView get(@PathVariable long id) {
        return referrals.view(id, CurrentUser.get(), "api");
    }

    /** {@code queue=hub} the user's local authority hub queue; otherwise those the user (or their team) sent. */
    @GetMapping
    List<ReferralSummary> list(@RequestParam(defaultValue = "sent") String queue) {
        var user = CurrentUser.get();
        return "hub".equals(queue) ? referrals.hubQueue(user) : referrals.sentBy(user);
    }

    @PostMapping("/{id}/decision")
    ReferralDecided decide(@PathVariable long id, @RequestBody RecordDecision d) {
        return referrals.decide(id, d, CurrentUser.get());
    }

    @PostMapping("/{id}/challenge")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionChallenged challenge(@PathVariable long id, @RequestBody RaiseChallenge c) {
        return referrals.challenge(id, c, CurrentUser.get());
    }

    @PostMapping("/{id}/challenge/answer")
    ReferralView answer(@PathVariable long id, @RequestBody AnswerChallenge a) {
        referrals.answer(id, a, CurrentUser.get());
        return referrals.view(id, CurrentUser.get(), "api");
    }

    @GetMapping("/inbox")
    List<Notification> inbox(@RequestParam(defaultValue = "false") boolean unread) {
        return referrals.inbox(CurrentUser.get().id(), unread);
    }

    @GetMapping("/delays")
    List<haven.referrals.LateDecision> delays() {
        return referrals.delays(500);
    }

    @GetMapping("/dashboard")
    Dashboard dashboard() {
        return referrals.dashboard();
    }
}
