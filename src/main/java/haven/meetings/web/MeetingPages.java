package haven.meetings.web;

import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.CurrentUser;
import haven.access.Users;
import haven.identity.People;
import haven.meetings.AddAction;
import haven.meetings.Invite;
import haven.meetings.InviteeAgency;
import haven.meetings.Investigation;
import haven.meetings.Meetings;
import haven.meetings.RecordDiscussion;
import haven.meetings.ReviewDecision;
import haven.meetings.Seniority;
import haven.platform.time.LondonTime;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Strategy discussion pages: the list, one discussion with its invitees, record, actions and conference; reviews; delays. */
@Controller
@PreAuthorize("hasAnyRole('POLICE_OFFICER','POLICE_SUPERVISOR','SOCIAL_WORKER','SOCIAL_WORK_MANAGER','HUB_WORKER',"
        + "'HEALTH_PRACTITIONER','CUSTODY_OFFICER','SCHOOL_SAFEGUARDING_LEAD','YOUTH_OFFENDING_WORKER','OFFENDER_MANAGER',"
        + "'DESIGNATED_OFFICER','NATIONAL_MONITOR','ADMINISTRATOR')")
class MeetingPages {
    private final Meetings meetings;
    private final Users users;
    private final People people;
    private final AccessLog accessLog;
    private final haven.clocks.Clocks clocks;
    private final Clock clock;

    MeetingPages(Meetings meetings, Users users, People people, AccessLog accessLog, haven.clocks.Clocks clocks, Clock clock) {
        this.clocks = clocks;
        this.meetings = meetings;
        this.users = users;
        this.people = people;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(Model model) {
        model.addAttribute("discussions", meetings.discussions(CurrentUser.get(), 200)).addAttribute("now", clock.instant())
                .addAttribute("queue", meetings.reviewQueueLength());
        return "meetings/list";
    }

    @GetMapping("/meetings/{id}")
    String view(@PathVariable long id, Model model) {
        show(model, id, List.of());
        return "meetings/view";
    }

    private void show(Model model, long id, List<FieldProblem> problems) {
        var d = meetings.discussion(id);
        var user = CurrentUser.get();
        accessLog.record(user, d.childPersonId(), AccessAction.VIEW_PERSON, "web", "strategy discussion " + id, false);
        var child = people.summaries(List.of(d.childPersonId()));
        model.addAttribute("d", d).addAttribute("child", child.isEmpty() ? null : child.get(0)).addAttribute("now", clock.instant())
                .addAttribute("problems", problems).addAttribute("agencies", InviteeAgency.values())
                .addAttribute("seniorities", Seniority.values()).addAttribute("investigations", Investigation.values())
                .addAttribute("la", users.agency(d.localAuthorityAgencyId()).map(Users.Agency::name).orElse(""))
                .addAttribute("reviews", meetings.reviewsOf(Meetings.STRATEGY_DISCUSSION, id))
                .addAttribute("heldLate", !clock.instant().isBefore(d.due()))
                .addAttribute("deadlines", clocks.forSubject(haven.meetings.internal.MeetingTimescales.SUBJECT, String.valueOf(id)));
    }

    @PostMapping("/meetings/{id}/invitees")
    String invite(@PathVariable long id, @RequestParam(required = false) String username, @RequestParam(required = false) String name,
                  @RequestParam(required = false) InviteeAgency agency, @RequestParam(required = false) Seniority seniority,
                  Model model) {
        try {
            Long userId = null;
            if (username != null && !username.isBlank()) {
                userId = users.byUsername(username.strip())
                        .orElseThrow(() -> new InvalidInput("username", "There is no Haven user " + username.strip())).id();
            }
            meetings.invite(id, new Invite(userId, name, agency, seniority), CurrentUser.get());
            return "redirect:/meetings/" + id + "#invitees";
        } catch (InvalidInput e) {
            show(model, id, e.problems());
            return "meetings/view";
        }
    }

    @PostMapping("/meetings/{id}/record")
    String record(@PathVariable long id, @RequestParam(required = false) String heldAt,
                  @RequestParam(required = false) List<Long> attended, @RequestParam(required = false) String informationShared,
                  @RequestParam(required = false) Investigation investigation,
                  @RequestParam(defaultValue = "false") boolean s47Enquiries,
                  @RequestParam(defaultValue = "false") boolean immediateProtection,
                  @RequestParam(required = false) String rationale, @RequestParam(required = false) String reasonForDelay,
                  Model model) {
        try {
            var review = meetings.record(id, new RecordDiscussion(londonTime("heldAt", heldAt), attended, informationShared,
                    investigation, s47Enquiries, immediateProtection, rationale, reasonForDelay), CurrentUser.get());
            return "redirect:/meetings/" + id + (review.isPresent() ? "?review" : "?recorded");
        } catch (InvalidInput e) {
            show(model, id, e.problems());
            return "meetings/view";
        }
    }

    @PostMapping("/meetings/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam(required = false) String description,
                     @RequestParam(required = false) String owner, @RequestParam(required = false) String dueOn, Model model) {
        try {
            Long ownerId = owner == null || owner.isBlank() ? null : users.byUsername(owner.strip()).map(u -> u.id())
                    .orElseThrow(() -> new InvalidInput("ownerUserId", "There is no Haven user " + owner.strip()));
            LocalDate due;
            try {
                due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("dueOn", "Enter the due day as a date, like 2026-12-01");
            }
            meetings.addAction(id, new AddAction(description, ownerId, due), CurrentUser.get());
            return "redirect:/meetings/" + id + "#actions";
        } catch (InvalidInput e) {
            show(model, id, e.problems());
            return "meetings/view";
        }
    }

    @PostMapping("/meetings/{id}/actions/{actionId}/done")
    String actionDone(@PathVariable long id, @PathVariable long actionId, @RequestParam(required = false) String reasonForDelay,
                      Model model) {
        try {
            meetings.completeAction(actionId, reasonForDelay, CurrentUser.get());
            return "redirect:/meetings/" + id + "#actions";
        } catch (InvalidInput e) {
            show(model, id, e.problems());
            return "meetings/view";
        }
    }

    @PostMapping("/meetings/{id}/conference")
    String conference(@PathVariable long id, @RequestParam(required = false) String conferenceHeldAt,
                      @RequestParam(required = false) String conferenceReasonForDelay, Model model) {
        try {
            meetings.recordConference(id, londonTime("conferenceHeldAt", conferenceHeldAt), conferenceReasonForDelay,
                    CurrentUser.get());
            return "redirect:/meetings/" + id;
        } catch (InvalidInput e) {
            show(model, id, e.problems());
            return "meetings/view";
        }
    }

    @GetMapping("/meetings/reviews")
    String reviews(Model model) {
        model.addAttribute("reviews", meetings.reviewQueue(CurrentUser.get())).addAttribute("now", clock.instant())
                .addAttribute("problems", List.of());
        return "meetings/reviews";
    }

    @PostMapping("/meetings/reviews/{id}")
    String review(@PathVariable long id, @RequestParam(required = false) String endorsed,
                  @RequestParam(required = false) String comment, @RequestParam(required = false) String reasonForDelay,
                  Model model) {
        try {
            if (endorsed == null) {
                throw new InvalidInput("endorsed-" + id, "Choose whether you endorse the decision");
            }
            meetings.review(id, new ReviewDecision("yes".equals(endorsed), comment, reasonForDelay), CurrentUser.get());
            return "redirect:/meetings/reviews?reviewed";
        } catch (InvalidInput e) {
            model.addAttribute("reviews", meetings.reviewQueue(CurrentUser.get())).addAttribute("now", clock.instant())
                    .addAttribute("problems", e.problems());
            return "meetings/reviews";
        }
    }

    @GetMapping("/meetings/delays")
    String delays(Model model) {
        model.addAttribute("delays", meetings.delays(500));
        return "meetings/delays";
    }

    static Instant londonTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(LondonTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Enter a real date and time, like 2026-11-30T14:30");
        }
    }
}
