package haven.clocks.web;

import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.clocks.BreachCount;
import haven.clocks.Clocks;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.clocks.StatutoryRule;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clocks API: what falls due when under a rule, the rules, and the register for the caller. */
@RestController
@RequestMapping("/api/v1/clocks")
class ClocksApi {

    private final Clocks clocks;
    private final java.time.Clock clock;

    ClocksApi(Clocks clocks, java.time.Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    /** A rule as the API lists it. */
    record RuleJson(String id, String title, String summary) {
    }

    /** A point in time with its London reading. */
    record PointJson(String label, Instant at, String london) {
    }

    /** A schedule: the due time (and how to read it), warnings and milestones. */
    record ScheduleJson(String rule, String jurisdiction, Instant start, Instant due, String dueKind, String dueDescription,
                        List<PointJson> warnings, List<MilestoneJson> milestones) {
    }

    /** A further deadline of the same rule. */
    record MilestoneJson(String key, String label, Instant due, String dueDescription) {
    }

    /** A deadline on the register. */
    record DeadlineJson(long id, String rule, String title, String milestone, String jurisdiction, String subjectType,
                        String subjectId, long ownerUserId, String team, long agencyId, Instant start, Instant due,
                        String dueDescription, String status, boolean overdue, int escalationLevel, Instant breachedAt,
                        Instant closedAt, Boolean late, String reason) {
    }

    @GetMapping("/rules")
    List<RuleJson> rules() {
        return clocks.rules().all().stream().map(ClocksApi::rule).toList();
    }

    /**
     * What falls due when: {@code /api/v1/clocks/due?rule=PP-02&from=2025-06-02T10:00&jurisdiction=ENGLAND}.
     * {@code from} is London time unless it carries an offset.
     */
    @GetMapping("/due")
    ScheduleJson due(@RequestParam String rule, @RequestParam String from,
                     @RequestParam(defaultValue = "ENGLAND") String jurisdiction) {
        List<FieldProblem> problems = new ArrayList<>();
        RuleId id = null;
        Instant start = null;
        Jurisdiction j = null;
        try {
            id = RuleId.of(rule);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("rule", e.getMessage().replaceFirst("^rule: ", "")));
        }
        try {
            start = LondonTime.parse(from);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("from", e.getMessage()));
        }
        try {
            j = Jurisdiction.valueOf(jurisdiction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("jurisdiction", "must be ENGLAND or WALES"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            return schedule(clocks.whatIsDue(id, start, j));
        } catch (InvalidInput e) {
            throw new InvalidInput("from", e.problems().get(0).message());
        }
    }

    /** The caller's register: {@code scope} is {@code mine} (default), {@code team}, {@code agency} or {@code escalated} (escalated to the caller); overdue first. */
    @GetMapping("/deadlines")
    List<DeadlineJson> deadlines(@RequestParam(defaultValue = "mine") String scope) {
        HavenUser user = CurrentUser.get();
        Instant now = clock.instant();
        List<DeadlineView> list = switch (scope) {
            case "mine" -> clocks.dueForUser(user.id());
            case "team" -> user.team() == null ? List.of() : clocks.dueForTeam(user.agencyId(), user.team());
            case "escalated" -> clocks.escalatedTo(user.id());
            case "agency" -> {
                if (!DeadlineAccess.seesAgency(user)) {
                    throw new Forbidden("Only managers and supervisors see their whole agency's deadlines.");
                }
                yield clocks.dueForAgency(user.agencyId());
            }
            default -> throw new InvalidInput("scope", "must be mine, team, agency or escalated");
        };
        return list.stream().map(d -> deadline(d, now)).toList();
    }

    @GetMapping("/deadlines/{id}")
    DeadlineJson deadline(@PathVariable long id) {
        DeadlineView d = clocks.find(id).orElseThrow(() -> new NotFound("There is no deadline " + id));
        HavenUser user = CurrentUser.get();
        boolean escalated = clocks.escalations(id).stream().anyMatch(e -> Long.valueOf(user.id()).equals(e.recipientUserId()));
        if (!DeadlineAccess.mayView(user, d, escalated)) {
            throw new NotFound("There is no deadline " + id);
        }
        return deadline(d, clock.instant());
    }

    /** Breaches per rule per London month, {@code from} and {@code to} as {@code YYYY-MM}. */
    @GetMapping("/breaches")
    List<BreachCount> breaches(@RequestParam String from, @RequestParam String to) {
        HavenUser user = CurrentUser.get();
        boolean national = user.hasAny(DeadlineAccess.NATIONAL);
        if (!national && !DeadlineAccess.seesAgency(user)) {
            throw new Forbidden("The breach report is for managers, supervisors and the national monitor.");
        }
        return clocks.breachesPerMonth(month("from", from), month("to", to), national ? null : user.agencyId());
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a month like 2025-06");
        }
    }

    private static RuleJson rule(StatutoryRule r) {
        return new RuleJson(r.id().code(), r.id().title(), r.summary());
    }

    static ScheduleJson schedule(Schedule s) {
        return new ScheduleJson(s.rule().code(), s.jurisdiction().name(), s.start(), s.due(), s.dueKind().name(),
                s.describeDue(),
                s.warnings().stream().map(w -> new PointJson(w.label(), w.at(), LondonTime.format(w.at()))).toList(),
                s.milestones().stream().map(m -> new MilestoneJson(m.key(), m.label(), m.due(), m.describeDue())).toList());
    }

    private static DeadlineJson deadline(DeadlineView d, Instant now) {
        return new DeadlineJson(d.id(), d.rule().code(), d.title(), d.milestone(), d.jurisdiction().name(), d.subjectType(),
                d.subjectId(), d.ownerUserId(), d.team(), d.agencyId(), d.start(), d.due(), d.describeDue(), d.status(),
                d.isOverdueAt(now), d.escalationLevel(), d.breachedAt(), d.closedAt(), d.late(), d.reason());
    }
}
