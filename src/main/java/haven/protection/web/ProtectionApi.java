package haven.protection.web;

import haven.access.AccessAction;
import haven.access.AccessLog;
import haven.access.CurrentUser;
import haven.platform.web.InvalidInput;
import haven.protection.Protection;
import haven.protection.ProtectionCaseView;
import haven.platform.rules.Verdict;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Police protection for agencies' systems. Refusals are 422 problem documents naming the field and the rule. */
@RestController
@RequestMapping("/api/v1/protection")
@PreAuthorize("hasAnyRole('POLICE_OFFICER','POLICE_SUPERVISOR','SYSTEM_CLIENT')")
class ProtectionApi {

    private final Protection protection;
    private final AccessLog accessLog;

    ProtectionApi(Protection protection, AccessLog accessLog) {
        this.protection = protection;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Record that a child was taken into police protection (PP-01, PP-03); childId is the person id")
    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> start(@RequestBody ProtectionStartRequest c,
                            @RequestParam(defaultValue = "ENGLAND") String jurisdiction) {
        Verdict v = protection.takeIntoPoliceProtection(c.command(), jurisdiction, CurrentUser.get().username());
        if (v instanceof Verdict.Refused r) {
            throw new InvalidInput(r.field(), r.rule() + ": " + r.reason());
        }
        return Map.of("id", ((Verdict.Allowed) v).id());
    }

    static void orRefuse(Verdict v) {
        if (v instanceof Verdict.Refused r) {
            throw new InvalidInput(r.field(), r.rule() + ": " + r.reason());
        }
    }

    @Operation(summary = "Record a notification, or a failed attempt with what was tried (PP-03, PP-04)")
    @PostMapping("/cases/{id}/attempts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void attempt(@PathVariable long id, @RequestBody ProtectionCaseRequests.Attempt c) {
        orRefuse(protection.recordAttempt(c.command(id), CurrentUser.get().username()));
    }

    @Operation(summary = "Name the designated officer (PP-03)")
    @PostMapping("/cases/{id}/designated-officer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void designatedOfficer(@PathVariable long id, @RequestBody ProtectionCaseRequests.DesignatedOfficer c) {
        String by = CurrentUser.get().username();
        orRefuse(protection.nameDesignatedOfficer(c.command(id, by), by));
    }

    @Operation(summary = "The designated officer's inquiry and decision with reasons (PP-05)")
    @PostMapping("/cases/{id}/decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decision(@PathVariable long id, @RequestBody ProtectionCaseRequests.Decision c) {
        orRefuse(protection.recordDecision(c.command(id), CurrentUser.get().username()));
    }

    @Operation(summary = "End police protection: released to whom, an emergency protection order, or LA accommodation")
    @PostMapping("/cases/{id}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable long id, @RequestBody ProtectionCaseRequests.End c) {
        orRefuse(protection.end(c.command(id), CurrentUser.get().username()));
    }

    @Operation(summary = "A police protection case with its duties and history")
    @GetMapping("/cases/{id}")
    ProtectionCaseView get(@PathVariable long id) {
        ProtectionCaseView c = protection.get(id);
        accessLog.record(CurrentUser.get(), c.childPersonId(), AccessAction.API_READ, "api", "police protection case",
                false);
        return c;
    }

    @Operation(summary = "The clocks of a case: 72 hours (PP-02), each duty (PP-03), an order's end (PP-06)")
    @GetMapping("/cases/{id}/clocks")
    List<haven.protection.ClockReading> clocks(@PathVariable long id) {
        return protection.clocks(protection.get(id));
    }

    @Operation(summary = "The register: open and recent cases (ids only), durations and places of safety")
    @GetMapping("/register")
    haven.protection.ProtectionRegister register() {
        return protection.register(200);
    }
}
