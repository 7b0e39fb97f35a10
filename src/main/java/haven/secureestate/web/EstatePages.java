package haven.secureestate.web;

import haven.access.AccessAction;
import haven.access.AccessDecision;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.AgencyType;
import haven.access.CurrentUser;
import haven.access.HavenUser;
import haven.access.Role;
import haven.platform.web.Forbidden;
import haven.secureestate.estate.Establishment;
import haven.secureestate.notifications.PartnershipOutbox;
import haven.secureestate.oversight.OversightService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The estate overview, each establishment's dashboard, the national report, SE-07 notifications and a child's view. */
@Controller
class EstatePages {

    /** One line of a child's timeline across settings. */
    record TimelineEntry(Instant at, String setting, String what, String detail) {
    }

    private final OversightService oversight;
    private final EstablishmentAccess access;
    private final PartnershipOutbox outbox;
    private final AccessPolicy accessPolicy;
    private final AccessLog accessLog;

    EstatePages(OversightService oversight, EstablishmentAccess access, PartnershipOutbox outbox,
                AccessPolicy accessPolicy, AccessLog accessLog) {
        this.oversight = oversight;
        this.access = access;
        this.outbox = outbox;
        this.accessPolicy = accessPolicy;
        this.accessLog = accessLog;
    }

    @GetMapping("/secure-estate")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'NATIONAL_MONITOR')")
    String establishments(Model model) {
        List<Establishment> visible = access.visible();
        if (visible.size() == 1 && !CurrentUser.get().has(Role.NATIONAL_MONITOR)) {
            return "redirect:/secure-estate/" + visible.get(0).id();
        }
        model.addAttribute("establishments", visible);
        model.addAttribute("monitor", CurrentUser.get().has(Role.NATIONAL_MONITOR));
        return "secureestate/establishments";
    }

    @GetMapping("/secure-estate/{id}")
    @PreAuthorize("hasAnyRole('SECURE_STAFF', 'SECURE_MANAGER', 'HEALTHCARE_LEAD', 'NATIONAL_MONITOR')")
    String dashboard(@PathVariable UUID id, Model model) {
        model.addAttribute("d", oversight.dashboard(access.require(id), 12));
        return "secureestate/dashboard";
    }

    @GetMapping("/secure-estate/national-report")
    @PreAuthorize("hasRole('NATIONAL_MONITOR')")
    String nationalReport(@RequestParam(defaultValue = "6") int months, Model model) {
        int m = Math.max(1, Math.min(months, 24));
        model.addAttribute("months", m);
        model.addAttribute("rows", oversight.monthly(m));
        return "secureestate/national-report";
    }

    @GetMapping("/secure-estate/national-report.csv")
    @PreAuthorize("hasRole('NATIONAL_MONITOR')")
    ResponseEntity<String> nationalCsv(@RequestParam(defaultValue = "6") int months) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"secure-estate-national-report.csv\"")
                .body(oversight.nationalCsv(Math.max(1, Math.min(months, 24))));
    }

    @GetMapping("/secure-estate/national-report.pdf")
    @PreAuthorize("hasRole('NATIONAL_MONITOR')")
    ResponseEntity<byte[]> nationalPdf(@RequestParam(defaultValue = "6") int months,
                                       @RequestParam(defaultValue = "public") String version) {
        boolean publicVersion = !"restricted".equals(version);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"secure-estate-national-report-"
                        + (publicVersion ? "public" : "restricted") + ".pdf\"")
                .body(oversight.nationalPdf(Math.max(1, Math.min(months, 24)), publicVersion));
    }

    @GetMapping("/secure-estate/partnership-notifications")
    @PreAuthorize("hasAnyRole('SOCIAL_WORK_MANAGER', 'NATIONAL_MONITOR', 'SECURE_MANAGER')")
    String notifications(Model model) {
        model.addAttribute("notifications", outbox.all(false));
        return "secureestate/partnership";
    }

    @PostMapping("/secure-estate/partnership-notifications/{id}/acknowledge")
    @PreAuthorize("hasRole('SOCIAL_WORK_MANAGER')")
    String acknowledge(@PathVariable UUID id) {
        HavenUser user = CurrentUser.get();
        if (!user.agencyCode().equals(partnershipAgency(user))) {
            throw new Forbidden("Only the safeguarding partnership acknowledges its notifications.");
        }
        outbox.acknowledge(id, "Acknowledged in Haven by " + user.username());
        return "redirect:/secure-estate/partnership-notifications";
    }

    private static String partnershipAgency(HavenUser user) {
        return user.agencyType() == AgencyType.SAFEGUARDING_PARTNERSHIP ? user.agencyCode() : "";
    }

    @GetMapping("/secure-estate/children/{personId}")
    String child(@PathVariable long personId, Model model) {
        HavenUser user = CurrentUser.get();
        AccessDecision decision = accessPolicy.decide(user, personId);
        if (!(decision instanceof AccessDecision.Allowed)) {
            throw new Forbidden("Open the child's record first: " + (decision instanceof AccessDecision.Refused r
                    ? r.explanation() : "a reason is needed to view it."));
        }
        accessLog.record(user, personId, AccessAction.VIEW_PERSON, "web", "secure estate: child across settings", false);
        var view = oversight.child(personId);
        List<TimelineEntry> timeline = new ArrayList<>();
        view.usesOfForce().forEach(u -> timeline.add(new TimelineEntry(u.force().startedAt(),
                view.establishmentNames().get(u.force().establishmentId()), "Use of force",
                u.force().reason().label() + (u.painInducing() ? "; pain-inducing technique" : "")
                        + (u.force().childInjured() ? "; child injured" : ""))));
        view.searches().forEach(s -> timeline.add(new TimelineEntry(s.conductedAt(),
                view.establishmentNames().get(s.establishmentId()), s.kind().label(), s.reason())));
        view.separations().forEach(s -> timeline.add(new TimelineEntry(s.startedAt(),
                view.establishmentNames().get(s.establishmentId()), "Separation", s.reason())));
        timeline.sort(Comparator.comparing(TimelineEntry::at).reversed());
        model.addAttribute("view", view);
        model.addAttribute("timeline", timeline);
        return "secureestate/child";
    }
}
