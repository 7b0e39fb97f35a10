package haven.network.risk.web;

import haven.access.CurrentUser;
import haven.network.risk.ChildLinkedToRisk;
import haven.network.risk.CoLocationAlert;
import haven.network.risk.Hotspot;
import haven.network.risk.NetworkGraph;
import haven.network.risk.NetworkOpened;
import haven.network.risk.NetworkQuery;
import haven.network.risk.RiskNetwork;
import haven.platform.web.Forbidden;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk network for agencies' systems: a person's or a place's network (restricted
 * nodes unnamed), children linked to flagged adults, hotspots and co-location alerts.
 */
@RestController
@RequestMapping("/api/v1/network")
@PreAuthorize(NetworkNavigation.MAY_USE)
class NetworkApi {
    private final RiskNetwork risk;

    NetworkApi(RiskNetwork risk) {
        this.risk = risk;
    }

    /** Everyone and everything within {@code hops} links of a person; a reason is needed when not involved. */
    @GetMapping("/people/{id}")
    NetworkGraph person(@PathVariable long id, @RequestParam(defaultValue = "2") int hops,
                        @RequestParam(required = false) Set<String> types,
                        @RequestParam(defaultValue = "false") boolean includeEnded,
                        @RequestParam(required = false) String reason) {
        var opened = risk.aroundPerson(CurrentUser.get(), id, new NetworkQuery(hops, types, includeEnded), reason, "api");
        if (opened instanceof NetworkOpened.NeedsReason needs) {
            throw new Forbidden(needs.explanation() + " Send the reason in the reason parameter.");
        }
        if (opened instanceof NetworkOpened.Refused refused) {
            throw new Forbidden(refused.explanation());
        }
        return ((NetworkOpened.Shown) opened).graph();
    }

    @GetMapping("/locations/{id}")
    NetworkGraph location(@PathVariable long id, @RequestParam(defaultValue = "2") int hops,
                          @RequestParam(required = false) Set<String> types,
                          @RequestParam(defaultValue = "false") boolean includeEnded) {
        return risk.aroundLocation(CurrentUser.get(), id, new NetworkQuery(hops, types, includeEnded), "api");
    }

    @GetMapping("/children-linked-to-risk")
    List<ChildLinkedToRisk> children(@RequestParam(required = false) String area, @RequestParam(required = false) Long person,
                                     @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return risk.childrenLinkedToRisk(CurrentUser.get(), area, person, limit, offset);
    }

    @GetMapping("/hotspots")
    List<Hotspot> hotspots(@RequestParam(defaultValue = "180") int days, @RequestParam(defaultValue = "2") int minChildren,
                           @RequestParam(required = false) String area, @RequestParam(defaultValue = "100") int limit) {
        return risk.hotspots(CurrentUser.get(), days, minChildren, area, limit);
    }

    @GetMapping("/alerts")
    List<CoLocationAlert> alerts(@RequestParam(defaultValue = "true") boolean open) {
        return risk.alertsFor(CurrentUser.get(), open, 200);
    }

    @GetMapping("/alerts/{id}")
    CoLocationAlert alert(@PathVariable long id) {
        return risk.alert(CurrentUser.get(), id);
    }

    /** What a recipient did: {@code ACKNOWLEDGED} or {@code CLOSED}, with a note. */
    record Action(String action, String note) {
    }

    @PostMapping("/alerts/{id}/actions")
    CoLocationAlert act(@PathVariable long id, @RequestBody Action action) {
        risk.act(CurrentUser.get(), id, action.action() == null ? "" : action.action(), action.note());
        return risk.alert(CurrentUser.get(), id);
    }
}
