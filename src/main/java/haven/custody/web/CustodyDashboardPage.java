package haven.custody.web;

import haven.custody.Custody;
import haven.custody.rules.CustodyFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The custody dashboard: children in custody now with their clocks, and the figures inspectors ask for. */
@Controller
@PreAuthorize("hasAnyRole('CUSTODY_OFFICER','POLICE_SUPERVISOR','POLICE_OFFICER','NATIONAL_MONITOR')")
class CustodyDashboardPage {

    private final Custody custody;

    CustodyDashboardPage(Custody custody) {
        this.custody = custody;
    }

    @GetMapping("/custody")
    String dashboard(Model model) {
        CustodyFigures f = custody.figures(null, null);
        model.addAttribute("now", custody.inCustodyNow()).addAttribute("f", f)
                .addAttribute("chart", custody.monthlyChart(f))
                .addAttribute("aaLateAfter", custody.appropriateAdultLateAfter());
        return "custody/dashboard";
    }
}
