package haven.custody.web;

import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.CurrentUser;
import haven.custody.Custody;
import haven.custody.CustodyRecordView;
import haven.platform.rules.Verdict;
import haven.custody.rules.CustodyFigures;
import haven.platform.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Custody records for agencies' systems. Refusals are 422 problem documents naming the field and the rule. */
@RestController
@RequestMapping("/api/v1/custody")
@PreAuthorize("hasAnyRole('CUSTODY_OFFICER','POLICE_SUPERVISOR','SYSTEM_CLIENT')")
class CustodyApi {

    private final Custody custody;
    private final AccessLog accessLog;

    CustodyApi(Custody custody, AccessLog accessLog) {
        this.custody = custody;
        this.accessLog = accessLog;
    }

    static long orRefuse(Verdict v) {
        if (v instanceof Verdict.Refused r) {
            throw new InvalidInput(r.field(), r.rule() + ": " + r.reason());
        }
        return ((Verdict.Allowed) v).id();
    }

    static String by() {
        return CurrentUser.get().username();
    }

    @Operation(summary = "Book a child into custody (C-01); childId is the person id")
    @PostMapping("/records")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> bookIn(@RequestBody CustodyRequests.BookIn c) {
        return Map.of("id", orRefuse(custody.bookIn(c.command(), by())));
    }

    @Operation(summary = "A custody record with its safeguards")
    @GetMapping("/records/{id}")
    CustodyRecordView record(@PathVariable long id) {
        CustodyRecordView r = custody.get(id);
        accessLog.record(CurrentUser.get(), r.childPersonId(), AccessAction.API_READ, "api", "custody record", false);
        return r;
    }

    @Operation(summary = "The PACE clocks of a custody record")
    @GetMapping("/records/{id}/clocks")
    List<haven.custody.ClockReading> clocks(@PathVariable long id) {
        return custody.clocks(custody.get(id));
    }

    @Operation(summary = "Record the appropriate adult: asked, arrived, who (PACE-02)")
    @PostMapping("/records/{id}/appropriate-adult")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void appropriateAdult(@PathVariable long id, @RequestBody CustodyRequests.AppropriateAdult c) {
        orRefuse(custody.recordAppropriateAdult(c.command(id, by()), by()));
    }

    @Operation(summary = "Record a strip search with the PACE-12 safeguards")
    @PostMapping("/records/{id}/strip-searches")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stripSearch(@PathVariable long id, @RequestBody CustodyRequests.StripSearch c) {
        orRefuse(custody.recordStripSearch(c.command(id), by()));
    }

    @Operation(summary = "Charged and refused bail: transfer, or a certificate (PACE-07 to PACE-11)")
    @PostMapping("/records/{id}/transfer-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(@PathVariable long id, @RequestBody CustodyRequests.Transfer c) {
        orRefuse(custody.decideTransfer(c.command(id), by()));
    }

    @Operation(summary = "Close the record: with a referral to children's social care or the reason there is none")
    @PostMapping("/records/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable long id, @RequestBody CustodyRequests.Close c) {
        orRefuse(custody.close(c.command(id, by()), by()));
    }

    @Operation(summary = "Children in custody now, with their clocks (no names)")
    @GetMapping("/now")
    List<haven.custody.InCustody> now() {
        return custody.inCustodyNow();
    }

    @Operation(summary = "Dashboard figures: detention, appropriate adult delay, assessments, transfers, referrals")
    @GetMapping("/figures")
    CustodyFigures figures() {
        return custody.figures(null, null);
    }
}
