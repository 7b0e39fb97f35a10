package haven.custody.web;

import haven.platform.web.Form;
import haven.access.AccessAction;
import haven.access.AccessDecision;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.custody.AppropriateAdultRole;
import haven.custody.ArrestKind;
import haven.custody.BookInChild;
import haven.custody.CloseCustodyRecord;
import haven.custody.Custody;
import haven.custody.CustodyOutcome;
import haven.custody.CustodyRecordView;
import haven.custody.DecideTransfer;
import haven.custody.DetentionPlace;
import haven.custody.ImpracticabilityReason;
import haven.custody.LocalAuthorityAnswer;
import haven.custody.Rank;
import haven.custody.RecordAppropriateAdult;
import haven.custody.RecordDetentionPlace;
import haven.custody.RecordLocalAuthorityRequest;
import haven.custody.RecordReview;
import haven.custody.RecordStripSearch;
import haven.custody.RecordYouthAssessment;
import haven.custody.SearchAttendee;
import haven.custody.Sex;
import haven.custody.StartInterview;
import haven.custody.TransferGround;
import haven.platform.rules.Verdict;
import haven.identity.People;
import haven.identity.PersonMatch;
import haven.identity.PersonRecordDraft;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The custody pages: book in a child, record each safeguard, the transfer decision and closing with a referral. */
@Controller
@PreAuthorize("hasAnyRole('CUSTODY_OFFICER','POLICE_SUPERVISOR','POLICE_OFFICER','HEALTH_PRACTITIONER')")
class CustodyPages {

    private final Custody custody;
    private final People people;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Clock clock;

    CustodyPages(Custody custody, People people, AccessPolicy access, AccessLog accessLog, Clock clock) {
        this.custody = custody;
        this.people = people;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/custody/book-in")
    String bookInForm(Model model) {
        return bookIn(model, Map.of(), List.of());
    }

    private String bookIn(Model model, Map<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("v", values).addAttribute("problems", problems).addAttribute("suites", custody.suites())
                .addAttribute("arrestKinds", ArrestKind.values());
        return "custody/book-in";
    }

    @PostMapping("/custody/book-in")
    String bookIn(@RequestParam Map<String, String> values, Model model) {
        Form f = new Form(values);
        HavenUser user = CurrentUser.get();
        String given = f.required("givenNames", "Enter the child's given names");
        String family = f.required("familyName", "Enter the child's family name");
        var dob = f.date("dateOfBirth", "Date of birth");
        Integer apparent = f.number("apparentAge", "Apparent age");
        Sex sex = f.choice(Sex.class, "sex", "the child's sex");
        ArrestKind kind = f.choice(ArrestKind.class, "arrestKind", "why the child was arrested");
        var arrived = f.time("arrivedAt", "Arrival time");
        var authorised = f.time("detentionAuthorisedAt", "Time detention was authorised");
        if (!f.ok()) {
            return bookIn(model, values, f.problems());
        }
        BookInChild draft = new BookInChild(1, f.text("suite"), sex, dob, apparent, f.yes("ageVerified"), kind,
                f.text("offence"), f.yes("indictable"), f.yes("violentOrSexual"), arrived, authorised,
                f.text("authorisedBy"));
        Verdict check = new haven.custody.rules.BookingPolicy(clock).check(draft);
        if (check instanceof Verdict.Refused r) {
            return bookIn(model, values, List.of(problem(r)));
        }
        long personId;
        try {
            personId = people.register(new PersonRecordDraft(user.agencyId(), "custody",
                    "booking-" + clock.instant().toEpochMilli() + "-" + user.id(), given, family, List.of(), dob,
                    sex == Sex.FEMALE ? haven.identity.Sex.FEMALE : haven.identity.Sex.MALE, null, null, null, null,
                    null, null, false, "PACE Code C custody record"), user.username(), "booked into custody")
                    .personId();
        } catch (InvalidInput e) {
            return bookIn(model, values, e.problems());
        }
        BookInChild c = new BookInChild(personId, draft.suite(), sex, dob, apparent, draft.ageVerified(), kind,
                draft.offence(), draft.indictableOffence(), draft.violentOrSexualOffence(), arrived, authorised,
                draft.authorisedBy());
        Verdict v = custody.bookIn(c, user.username());
        if (v instanceof Verdict.Refused r) {
            return bookIn(model, values, List.of(problem(r)));
        }
        access.involve(user.id(), personId, "custody officer");
        return "redirect:/custody/" + ((Verdict.Allowed) v).id();
    }

    @GetMapping("/custody/plan-breach-arrest")
    String planForm(Model model) {
        return plan(model, Map.of("jurisdiction", "ENGLAND"), List.of(), null, false);
    }

    private String plan(Model model, Map<String, String> values, List<FieldProblem> problems, String warning,
                        boolean checked) {
        model.addAttribute("v", values).addAttribute("problems", problems).addAttribute("warning", warning)
                .addAttribute("checked", checked)
                .addAttribute("kinds", List.of(ArrestKind.BREACH_OF_BAIL, ArrestKind.BREACH_OF_REMAND));
        return "custody/plan-breach-arrest";
    }

    /** PACE-11: warns, when an arrest for a breach is planned, that an evening arrest means a night in a cell. */
    @PostMapping("/custody/plan-breach-arrest")
    String plan(@RequestParam Map<String, String> values, Model model) {
        Form f = new Form(values);
        Integer child = f.number("childPersonId", "The child's Haven person id");
        ArrestKind kind = f.choice(ArrestKind.class, "kind", "the breach");
        var plannedFor = f.time("plannedFor", "Planned arrest time");
        String jurisdiction = "WALES".equals(f.text("jurisdiction")) ? "WALES" : "ENGLAND";
        if (child == null) {
            f.problem("childPersonId", "Enter the child's Haven person id");
        }
        if (kind == null || !kind.isBreach()) {
            f.problem("kind", "Choose a breach of bail or of remand conditions");
        }
        if (plannedFor == null) {
            f.problem("plannedFor", "Enter when the arrest is planned");
        }
        if (!f.ok()) {
            return plan(model, values, f.problems(), null, false);
        }
        String warning = custody.planBreachArrest(new haven.custody.PlanBreachArrest(child, kind, plannedFor,
                CurrentUser.get().username()), jurisdiction).orElse(null);
        return plan(model, values, List.of(), warning, true);
    }

    @GetMapping("/custody/{id}")
    String record(@PathVariable long id, Model model) {
        CustodyRecordView r = open(id, "custody record");
        model.addAttribute("r", r).addAttribute("clocks", custody.clocks(r))
                .addAttribute("suiteName", custody.suites().stream().filter(s -> s.code().equals(r.suite()))
                        .map(s -> s.name()).findFirst().orElse(r.suite()))
                .addAttribute("aaDelay", custody.appropriateAdultDelay(r).orElse(null))
                .addAttribute("aaLateAfter", custody.appropriateAdultLateAfter())
                .addAttribute("visitDue", custody.visitDue(r)).addAttribute("visitInterval", custody.visitInterval())
                .addAttribute("childName", people.summaries(List.of(r.childPersonId())).stream().findFirst()
                        .map(PersonMatch::name).orElse("Unknown"));
        return "custody/record";
    }

    /** Opens a record for the current user, deciding access in the one place and logging the view. */
    private CustodyRecordView open(long id, String reason) {
        CustodyRecordView r = custody.get(id);
        HavenUser user = CurrentUser.get();
        AccessDecision d = access.decide(user, r.childPersonId());
        if (!(d instanceof AccessDecision.Allowed) && !access.isInvolved(user, r.childPersonId())) {
            throw new Forbidden(d instanceof AccessDecision.Refused ref ? ref.explanation()
                    : "This child's record needs a reason to open: open the person's page first and give it there.");
        }
        accessLog.record(user, r.childPersonId(), AccessAction.VIEW_PERSON, "web", reason, false);
        return r;
    }

    // ---- one form per safeguard --------------------------------------------------------------------------

    @GetMapping("/custody/{id}/{step:appropriate-adult|youth-assessment|place|visit|review|extension|strip-search|interview|transfer|local-authority|close}")
    String stepForm(@PathVariable long id, @PathVariable String step, Model model) {
        CustodyRecordView r = open(id, step);
        return step(model, r, step, current(r, step), List.of());
    }

    /** The appropriate adult form starts from what is recorded, so recording the arrival keeps the request time. */
    private static Map<String, String> current(CustodyRecordView r, String step) {
        var aa = r.appropriateAdult();
        if (!"appropriate-adult".equals(step) || aa == null) {
            return Map.of();
        }
        var m = new java.util.HashMap<String, String>();
        m.put("name", aa.name());
        m.put("role", aa.role().name());
        m.put("requestedAt", local(aa.requestedAt()));
        m.put("arrivedAt", local(aa.arrivedAt()));
        m.put("welfarePersonInformedAt", local(aa.welfarePersonInformedAt()));
        return m;
    }

    static String local(java.time.Instant i) {
        return i == null ? "" : java.time.LocalDateTime.ofInstant(i, java.time.ZoneId.of("Europe/London"))
                .withSecond(0).withNano(0).toString();
    }

    private String step(Model model, CustodyRecordView r, String step, Map<String, String> values,
                        List<FieldProblem> problems) {
        model.addAttribute("r", r).addAttribute("v", values).addAttribute("problems", problems)
                .addAttribute("step", step)
                .addAttribute("aaRoles", AppropriateAdultRole.values()).addAttribute("ranks", Rank.values())
                .addAttribute("grounds", TransferGround.values())
                .addAttribute("impracticabilityReasons", ImpracticabilityReason.values())
                .addAttribute("answers", LocalAuthorityAnswer.values()).addAttribute("outcomes", CustodyOutcome.values())
                .addAttribute("places", DetentionPlace.values()).addAttribute("sexes", Sex.values())
                .addAttribute("visitInterval", custody.visitInterval())
                .addAttribute("extensionKinds", haven.custody.RecordDetentionExtension.ExtensionKind.values());
        return "custody/" + step;
    }

    @PostMapping("/custody/{id}/{step:appropriate-adult|youth-assessment|place|visit|review|extension|strip-search|interview|transfer|local-authority|close}")
    String stepSubmit(@PathVariable long id, @PathVariable String step, @RequestParam Map<String, String> values,
                      Model model) {
        CustodyRecordView r = open(id, step);
        Form f = new Form(values);
        String by = CurrentUser.get().username();
        var x = f;
        java.util.function.Supplier<Verdict> action = switch (step) {
            case "appropriate-adult" -> {
                var c = new RecordAppropriateAdult(id,
                    x.text("name"), x.choice(AppropriateAdultRole.class, "role", "who the appropriate adult is"),
                    x.yes("isSolicitor"), x.yes("isPoliceEmployee"), x.yes("isCoSuspect"),
                    x.time("requestedAt", "Time asked to attend"), x.time("arrivedAt", "Arrival time"),
                    x.time("welfarePersonInformedAt", "Time the person responsible for welfare was told"), by);
                yield () -> custody.recordAppropriateAdult(c, by);
            }
            case "youth-assessment" -> {
                var c = new RecordYouthAssessment(id,
                    x.time("requestedAt", "Time requested"), x.time("doneAt", "Time done"),
                    x.text("healthcareProfessional"), x.text("findings"), x.yes("referralMade"), by);
                yield () -> custody.recordYouthAssessment(c, by);
            }
            case "place" -> {
                var c = new RecordDetentionPlace(id,
                    x.choice(DetentionPlace.class, "place", "where the child is held"), x.time("placedAt", "Time"),
                    x.text("decidedBy"), x.yes("noOtherSecurePlace"), x.yes("supervisionOtherwiseImpossible"),
                    x.text("reasonForCell"), x.yes("sharedWithAdult"), x.text("womanResponsibleForCare"));
                yield () -> custody.recordDetentionPlace(c, by);
            }
            case "review" -> {
                var c = new RecordReview(id, x.time("reviewedAt", "Time of review"),
                    x.text("reviewOfficer"), x.choice(Rank.class, "rank", "the review officer's rank"),
                    x.yes("postponed"), x.text("reasons"));
                yield () -> custody.recordReview(c, by);
            }
            case "visit" -> {
                var c = new haven.custody.RecordVisit(id, x.time("visitedAt", "Time of the visit"),
                        x.text("visitedBy"), x.text("observation"));
                yield () -> custody.recordVisit(c, by);
            }
            case "extension" -> {
                Integer hours = x.number("extendsToHours", "Hours from the relevant time");
                var c = new haven.custody.RecordDetentionExtension(id,
                    x.choice(haven.custody.RecordDetentionExtension.ExtensionKind.class, "kind", "who extended detention"),
                    x.time("authorisedAt", "Time authorised"), x.text("authorisedBy"),
                    x.choice(Rank.class, "rank", "the authorising officer's rank"),
                    hours == null ? 0 : hours,
                    x.text("reasons"));
                yield () -> custody.recordExtension(c, by);
            }
            case "strip-search" -> {
                var c = new RecordStripSearch(id,
                    x.time("searchedAt", "Time of search"), x.text("authorisedBy"), x.text("reasons"),
                    x.yes("exposesIntimateParts"), attendees(x, r.sex()), x.yes("urgent"), x.text("urgencyReason"),
                    x.yes("childDeclinedAa"), x.yes("aaAgreedAndSigned"));
                yield () -> custody.recordStripSearch(c, by);
            }
            case "interview" -> {
                var c = new StartInterview(id, x.time("startsAt", "Start time"),
                    x.text("interviewingOfficer"), x.text("urgentAuthorisedBy"),
                    x.choice(Rank.class, "authoriserRank", "the authorising officer's rank"), x.text("urgentReason"));
                yield () -> custody.startInterview(c, by);
            }
            case "transfer" -> {
                var c = new DecideTransfer(id, x.time("chargedAt", "Time charged"),
                    x.time("bailRefusedAt", "Time bail refused"), x.text("decidedBy"),
                    x.choice(TransferGround.class, "ground", "the decision"),
                    x.choice(ImpracticabilityReason.class, "impracticabilityReason", "the reason"),
                    x.yes("secureUnavailable"), x.yes("otherWouldNotProtect"), x.text("explanation"));
                yield () -> custody.decideTransfer(c, by);
            }
            case "local-authority" -> {
                var c = new RecordLocalAuthorityRequest(id,
                    x.text("localAuthority"), x.yes("secureRequested"), x.time("askedAt", "Time asked"),
                    x.time("answeredAt", "Time answered"),
                    x.choice(LocalAuthorityAnswer.class, "answer", "the answer"), by);
                yield () -> custody.recordLocalAuthorityRequest(c, by);
            }
            case "close" -> {
                var c = new CloseCustodyRecord(id, x.time("closedAt", "Time the child left"),
                    by, x.choice(CustodyOutcome.class, "outcome", "how the child left custody"),
                    x.text("referralReference"), x.time("referralMadeAt", "Time of referral"),
                    x.text("noReferralReason"));
                yield () -> custody.close(c, by);
            }
            default -> throw new haven.platform.web.NotFound("No such step " + step);
        };
        if (!f.ok()) {
            return step(model, r, step, values, f.problems());
        }
        Verdict v = action.get();
        if (v instanceof Verdict.Refused refused) {
            return step(model, custody.get(id), step, values, List.of(problem(refused)));
        }
        return "redirect:/custody/" + id;
    }

    private static List<SearchAttendee> attendees(Form f, Sex childSex) {
        List<SearchAttendee> out = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = f.text("present" + i + "Name");
            if (name != null) {
                Sex sex = f.choice(Sex.class, "present" + i + "Sex", "the sex of person " + i);
                out.add(new SearchAttendee(name, sex == null ? childSex : sex, f.yes("present" + i + "Aa")));
            }
        }
        return out;
    }

    static FieldProblem problem(Verdict.Refused r) {
        return new FieldProblem(r.field(), r.rule() + ": " + r.reason());
    }
}
