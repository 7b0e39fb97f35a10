package haven.clocks.web;

import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.access.Users;
import haven.clocks.BreachCount;
import haven.clocks.Clocks;
import haven.clocks.DeadlineChange;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.LondonTime;
import haven.clocks.RuleId;
import haven.clocks.Schedule;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clocks pages: what is due (mine, team, agency), a deadline, the calculator and the monthly breach report. */
@Controller
class ClocksPages {

    private final Clocks clocks;
    private final Users users;
    private final Clock clock;

    ClocksPages(Clocks clocks, Users users, Clock clock) {
        this.clocks = clocks;
        this.users = users;
        this.clock = clock;
    }

    /** A register row as the page shows it. */
    record Row(DeadlineView deadline, String owner, boolean overdue) {
    }

    @GetMapping("/clocks")
    String home() {
        return "redirect:/clocks/due";
    }

    @GetMapping("/clocks/due")
    String due(@RequestParam(defaultValue = "mine") String scope, Model model) {
        HavenUser user = CurrentUser.get();
        List<DeadlineView> list = switch (scope) {
            case "team" -> user.team() == null ? List.of() : clocks.dueForTeam(user.agencyId(), user.team());
            case "escalated" -> clocks.escalatedTo(user.id());
            case "agency" -> {
                if (!DeadlineAccess.seesAgency(user)) {
                    throw new Forbidden("Only managers and supervisors see their whole agency's deadlines.");
                }
                yield clocks.dueForAgency(user.agencyId());
            }
            default -> clocks.dueForUser(user.id());
        };
        List<Row> rows = rows(list);
        model.addAttribute("scope", List.of("mine", "team", "agency", "escalated").contains(scope) ? scope : "mine")
                .addAttribute("rows", rows)
                .addAttribute("overdue", rows.stream().filter(Row::overdue).count())
                .addAttribute("seesAgency", DeadlineAccess.seesAgency(user))
                .addAttribute("team", user.team());
        return "clocks/due";
    }

    @GetMapping("/clocks/deadlines/{id}")
    String deadline(@PathVariable long id, Model model) {
        DeadlineView d = visible(id);
        return showDeadline(d, List.of(), model);
    }

    @PostMapping("/clocks/deadlines/{id}/meet")
    String meet(@PathVariable long id, @RequestParam(required = false) String reasonForDelay, Model model) {
        DeadlineView d = actionable(id);
        DeadlineChange change = clocks.meet(id, reasonForDelay);
        if (change instanceof DeadlineChange.Refused r) {
            return showDeadline(d, List.of(new FieldProblem(r.field(), r.reason())), model);
        }
        return "redirect:/clocks/deadlines/" + id;
    }

    @PostMapping("/clocks/deadlines/{id}/stop")
    String stop(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        DeadlineView d = actionable(id);
        DeadlineChange change = clocks.stop(id, reason);
        if (change instanceof DeadlineChange.Refused r) {
            return showDeadline(d, List.of(new FieldProblem(r.field(), r.reason())), model);
        }
        return "redirect:/clocks/deadlines/" + id;
    }

    @GetMapping("/clocks/calculator")
    String calculator(@RequestParam(required = false) String rule, @RequestParam(required = false) String start,
                      @RequestParam(required = false, defaultValue = "ENGLAND") String jurisdiction, Model model) {
        model.addAttribute("rules", clocks.rules().all()).addAttribute("rule", rule).addAttribute("start", start)
                .addAttribute("jurisdiction", jurisdiction).addAttribute("problems", List.of());
        if (rule == null && start == null) {
            return "clocks/calculator";
        }
        List<FieldProblem> problems = new ArrayList<>();
        RuleId ruleId = null;
        Instant startAt = null;
        Jurisdiction j = null;
        try {
            ruleId = RuleId.of(rule);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("rule", "Choose a rule"));
        }
        try {
            startAt = LondonTime.parse(start);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("start", e.getMessage()));
        }
        try {
            j = Jurisdiction.valueOf(jurisdiction);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("jurisdiction", "Choose England or Wales"));
        }
        if (problems.isEmpty()) {
            try {
                Schedule s = clocks.whatIsDue(ruleId, startAt, j);
                model.addAttribute("schedule", s).addAttribute("summary", clocks.rules().rule(ruleId).summary());
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        model.addAttribute("problems", problems);
        return "clocks/calculator";
    }

    @GetMapping("/clocks/breaches")
    String breaches(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        HavenUser user = CurrentUser.get();
        boolean national = user.hasAny(DeadlineAccess.NATIONAL);
        if (!national && !DeadlineAccess.seesAgency(user)) {
            throw new Forbidden("The breach report is for managers, supervisors and the national monitor.");
        }
        YearMonth thisMonth = YearMonth.now(clock.withZone(LondonTime.ZONE));
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth first = month(from, thisMonth.minusMonths(11), "from", problems);
        YearMonth last = month(to, thisMonth, "to", problems);
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.add(new FieldProblem("to", "The last month must not be before the first"));
        }
        if (problems.isEmpty() && first.plusMonths(36).isBefore(last)) {
            problems.add(new FieldProblem("from", "Choose at most three years"));
        }
        List<BreachCount> counts = problems.isEmpty()
                ? clocks.breachesPerMonth(first, last, national ? null : user.agencyId()) : List.of();
        model.addAttribute("from", from == null ? first.toString() : from).addAttribute("to", to == null ? last.toString() : to)
                .addAttribute("problems", problems).addAttribute("counts", counts)
                .addAttribute("total", counts.stream().mapToLong(BreachCount::breaches).sum())
                .addAttribute("scopeLabel", national ? "all agencies" : user.agencyName())
                .addAttribute("chart", problems.isEmpty() ? BreachChart.svg(counts, first, last) : "");
        return "clocks/breaches";
    }

    private String showDeadline(DeadlineView d, List<FieldProblem> problems, Model model) {
        HavenUser user = CurrentUser.get();
        model.addAttribute("d", d).addAttribute("owner", name(d.ownerUserId(), new HashMap<>()))
                .addAttribute("overdue", d.isOverdueAt(clock.instant()))
                .addAttribute("mayAct", d.isOpen() && DeadlineAccess.mayAct(user, d, escalatedTo(user, d)))
                .addAttribute("escalations", clocks.escalations(d.id()).stream()
                        .map(e -> Map.of("level", e.level(), "target", e.target(), "at", LondonTime.format(e.at()),
                                "recipient", e.recipientUserId() == null ? "nobody named" : name(e.recipientUserId(), new HashMap<>())))
                        .toList())
                .addAttribute("problems", problems);
        return "clocks/deadline";
    }

    private DeadlineView visible(long id) {
        DeadlineView d = clocks.find(id).orElseThrow(() -> new NotFound("There is no deadline " + id));
        if (!DeadlineAccess.mayView(CurrentUser.get(), d, escalatedTo(CurrentUser.get(), d))) {
            throw new NotFound("There is no deadline " + id);
        }
        return d;
    }

    private DeadlineView actionable(long id) {
        DeadlineView d = visible(id);
        if (!DeadlineAccess.mayAct(CurrentUser.get(), d, escalatedTo(CurrentUser.get(), d))) {
            throw new Forbidden("Only the owner or a manager in the same agency may change this deadline.");
        }
        return d;
    }

    private boolean escalatedTo(HavenUser user, DeadlineView d) {
        return clocks.escalations(d.id()).stream().anyMatch(e -> Long.valueOf(user.id()).equals(e.recipientUserId()));
    }

    private List<Row> rows(List<DeadlineView> list) {
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(d -> new Row(d, name(d.ownerUserId(), names), d.isOverdueAt(now))).toList();
    }

    private String name(long userId, Map<Long, String> cache) {
        return cache.computeIfAbsent(userId, id -> users.byId(id).map(HavenUser::displayName).orElse("user " + id));
    }

    private static YearMonth month(String text, YearMonth fallback, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter the month like 2025-06"));
            return fallback;
        }
    }

    static List<String> jurisdictions() {
        return Arrays.stream(Jurisdiction.values()).map(Enum::name).toList();
    }
}
