package haven.network.risk.web;

import haven.access.CurrentUser;
import haven.network.risk.NetworkGraph;
import haven.network.risk.NetworkOpened;
import haven.network.risk.NetworkQuery;
import haven.network.risk.RiskNetwork;
import haven.network.risk.internal.NetworkSvg;
import haven.platform.web.FieldProblem;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The risk network pages: a person's or a place's network, children linked to flagged adults, hotspots and alerts. */
@Controller
@PreAuthorize(NetworkNavigation.MAY_USE)
class NetworkPages {
    private static final String REASONS = "haven.networkReasons";
    private final RiskNetwork risk;

    NetworkPages(RiskNetwork risk) {
        this.risk = risk;
    }

    @GetMapping("/network")
    String index(@RequestParam(required = false) String area, @RequestParam(defaultValue = "0") String page, Model model) {
        int p = parsePage(page);
        var user = CurrentUser.get();
        model.addAttribute("children", risk.childrenLinkedToRisk(user, area, null, 51, p * 50))
                .addAttribute("area", area).addAttribute("page", p)
                .addAttribute("alerts", risk.alertsFor(user, true, 5));
        return "network/index";
    }

    @GetMapping("/network/people/{id}")
    String person(@PathVariable long id, @RequestParam(required = false) String hops,
                  @RequestParam(required = false) List<String> types, @RequestParam(required = false) boolean ended,
                  @RequestParam(required = false) boolean events, HttpSession session, Model model) {
        var form = new QueryForm(hops, types, ended, events);
        model.addAttribute("form", form).addAttribute("personId", id).addAttribute("groups", QueryForm.GROUPS);
        Object parsed = form.parse();
        if (parsed instanceof List<?> problems) {
            model.addAttribute("problems", problems);
            parsed = NetworkQuery.twoHops();
        } else {
            model.addAttribute("problems", List.of());
        }
        var opened = risk.aroundPerson(CurrentUser.get(), id, (NetworkQuery) parsed, reasons(session).get(id), "web");
        if (opened instanceof NetworkOpened.Refused refused) {
            throw new Forbidden(refused.explanation());
        }
        if (opened instanceof NetworkOpened.NeedsReason needs) {
            model.addAttribute("explanation", needs.explanation()).addAttribute("problems", List.of());
            return "network/reason";
        }
        var graph = ((NetworkOpened.Shown) opened).graph();
        show(model, graph);
        var alerts = risk.alertsAbout(CurrentUser.get(), id);
        model.addAttribute("alerts", alerts).addAttribute("names", risk.names(CurrentUser.get(), alerts.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.childPersonId(), a.riskPersonId())).distinct().toList()));
        return "network/person";
    }

    /** The drawing alone, for embedding on the person page as an image. */
    @GetMapping(value = "/network/people/{id}/drawing.svg")
    ResponseEntity<String> drawing(@PathVariable long id, HttpSession session) {
        var opened = risk.aroundPerson(CurrentUser.get(), id, NetworkQuery.twoHops(), reasons(session).get(id), "web");
        if (!(opened instanceof NetworkOpened.Shown shown)) {
            return ResponseEntity.status(403).contentType(MediaType.valueOf("image/svg+xml"))
                    .body("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 40\"><text x=\"10\" y=\"25\">"
                            + "Open the record first</text></svg>");
        }
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(NetworkSvg.draw(shown.graph()));
    }

    @PostMapping("/network/people/{id}/reason")
    String giveReason(@PathVariable long id, @RequestParam(required = false) String reason, HttpSession session, Model model) {
        if (reason == null || reason.strip().length() < 10) {
            model.addAttribute("personId", id).addAttribute("reason", reason)
                    .addAttribute("explanation", "You are not involved in this child's case. Say why you need to see their network.")
                    .addAttribute("problems", List.of(new FieldProblem("reason",
                            "Enter why you need to see this network, in at least 10 characters")));
            return "network/reason";
        }
        reasons(session).put(id, reason.strip());
        return "redirect:/network/people/" + id;
    }

    @GetMapping("/network/locations/{id}")
    String location(@PathVariable long id, @RequestParam(required = false) String hops,
                    @RequestParam(required = false) List<String> types, @RequestParam(required = false) boolean ended,
                    @RequestParam(required = false) boolean events, Model model) {
        var form = new QueryForm(hops, types, ended, events);
        model.addAttribute("form", form).addAttribute("locationId", id).addAttribute("groups", QueryForm.GROUPS);
        Object parsed = form.parse();
        if (parsed instanceof List<?> problems) {
            model.addAttribute("problems", problems);
            parsed = NetworkQuery.twoHops();
        } else {
            model.addAttribute("problems", List.of());
        }
        show(model, risk.aroundLocation(CurrentUser.get(), id, (NetworkQuery) parsed, "web"));
        return "network/location";
    }

    private static void show(Model model, NetworkGraph graph) {
        model.addAttribute("graph", graph).addAttribute("root", graph.node(graph.rootKey()))
                .addAttribute("table", GraphTable.of(graph)).addAttribute("drawing", NetworkSvg.draw(graph));
    }

    @GetMapping("/network/hotspots")
    String hotspots(@RequestParam(defaultValue = "180") String days, @RequestParam(defaultValue = "2") String minChildren,
                    @RequestParam(required = false) String area, Model model) {
        model.addAttribute("days", days).addAttribute("minChildren", minChildren).addAttribute("area", area);
        try {
            model.addAttribute("hotspots", risk.hotspots(CurrentUser.get(), number(days, "days", "Days"),
                    number(minChildren, "minChildren", "Children"), area, 100));
            model.addAttribute("problems", List.of());
        } catch (InvalidInput e) {
            model.addAttribute("hotspots", List.of()).addAttribute("problems", e.problems());
        }
        return "network/hotspots";
    }

    @GetMapping("/network/alerts")
    String alerts(@RequestParam(defaultValue = "true") boolean open, Model model) {
        var user = CurrentUser.get();
        var alerts = risk.alertsFor(user, open, 200);
        model.addAttribute("alerts", alerts).addAttribute("open", open)
                .addAttribute("names", risk.names(user, alerts.stream()
                        .flatMap(a -> java.util.stream.Stream.of(a.childPersonId(), a.riskPersonId())).toList()));
        return "network/alerts";
    }

    @GetMapping("/network/alerts/{id}")
    String alert(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        var alert = risk.alert(user, id);
        model.addAttribute("alert", alert).addAttribute("actions", risk.actionsOn(id)).addAttribute("problems", List.of())
                .addAttribute("names", risk.names(user, List.of(alert.childPersonId(), alert.riskPersonId())));
        return "network/alert";
    }

    @PostMapping("/network/alerts/{id}/action")
    String act(@PathVariable long id, @RequestParam(required = false) String action, @RequestParam(required = false) String note,
               Model model) {
        try {
            risk.act(CurrentUser.get(), id, action == null ? "" : action, note);
            return "redirect:/network/alerts/" + id;
        } catch (InvalidInput e) {
            alert(id, model);
            model.addAttribute("problems", e.problems()).addAttribute("note", note);
            return "network/alert";
        }
    }

    private static int number(String value, String field, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, name + " must be a whole number");
        }
    }

    private static int parsePage(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
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
}
