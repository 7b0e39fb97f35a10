package haven.casefile.web;

import haven.access.CurrentUser;
import haven.casefile.CaseFiles;
import haven.casefile.Opened;
import haven.identity.PersonQuery;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Person search, the person page (with the reason step for break-glass views) and the location page. */
@Controller
class PersonPages {
    private static final String REASONS = "haven.viewReasons";
    private final CaseFiles caseFiles;

    PersonPages(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GetMapping("/people")
    String search(@RequestParam(required = false) String name, @RequestParam(name = "dob-day", required = false) String day,
                  @RequestParam(name = "dob-month", required = false) String month,
                  @RequestParam(name = "dob-year", required = false) String year,
                  @RequestParam(required = false) String identifier, @RequestParam(required = false) String address,
                  Model model) {
        var problems = new ArrayList<FieldProblem>();
        LocalDate dob = null;
        boolean anyDate = !(blank(day) && blank(month) && blank(year));
        if (anyDate) {
            try {
                dob = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            } catch (NumberFormatException | DateTimeException | NullPointerException e) {
                problems.add(new FieldProblem("dob-day", "Date of birth must be a real date, like 27 3 2011"));
            }
        }
        boolean searched = !blank(name) || anyDate || !blank(identifier) || !blank(address);
        model.addAttribute("name", name).addAttribute("day", day).addAttribute("month", month).addAttribute("year", year)
                .addAttribute("identifier", identifier).addAttribute("address", address).addAttribute("searched", searched);
        if (searched && problems.isEmpty()) {
            model.addAttribute("results", caseFiles.search(CurrentUser.get(), new PersonQuery(name, dob, identifier), address, 25));
        }
        model.addAttribute("problems", problems);
        return "casefile/search";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) String type, @RequestParam(required = false) Long merged,
                  HttpSession session, Model model) {
        String reason = reasons(session).get(id);
        var opened = caseFiles.open(CurrentUser.get(), id, reason, "web", new CaseFiles.ChronologyFilter(agency, type));
        if (opened instanceof Opened.Merged m) {
            if (reason != null) { // the reason given for the earlier person stands for the person it is now part of
                reasons(session).putIfAbsent(m.intoPersonId(), reason);
            }
            return "redirect:/people/" + m.intoPersonId() + "?merged=" + m.personId();
        }
        model.addAttribute("mergedFrom", merged);
        if (opened instanceof Opened.Refused refused) {
            throw new Forbidden(refused.explanation());
        }
        if (opened instanceof Opened.NeedsReason needs) {
            model.addAttribute("personId", id).addAttribute("explanation", needs.explanation())
                    .addAttribute("problems", List.of());
            return "casefile/reason";
        }
        var file = ((Opened.Shown) opened).file();
        model.addAttribute("file", file).addAttribute("agency", agency).addAttribute("type", type)
                .addAttribute("network", haven.casefile.internal.NetworkDrawing.svg(file));
        return "casefile/person";
    }

    @PostMapping("/people/{id}/reason")
    String giveReason(@PathVariable long id, @RequestParam(required = false) String reason, HttpSession session, Model model) {
        if (!CaseFiles.isGoodReason(reason)) {
            model.addAttribute("personId", id)
                    .addAttribute("explanation", "You are not involved in this child's case. Say why you need to open the record.")
                    .addAttribute("reason", reason)
                    .addAttribute("problems", List.of(new FieldProblem("reason",
                            "Enter why you need to open this record, in at least 10 characters")));
            return "casefile/reason";
        }
        reasons(session).put(id, reason.strip());
        return "redirect:/people/" + id;
    }

    @GetMapping("/locations/{id}")
    String location(@PathVariable long id, Model model) {
        model.addAttribute("place", caseFiles.place(CurrentUser.get(), id));
        return "casefile/location";
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> reasons(HttpSession session) {
        var map = (Map<Long, String>) session.getAttribute(REASONS);
        if (map == null) {
            map = new HashMap<>();
            session.setAttribute(REASONS, map);
        }
        return map;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
