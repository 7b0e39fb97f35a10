package haven.flags.api;

import haven.access.CurrentUser;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.platform.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Raising and withdrawing warning markers; the caller's agency owns the flags it raises. */
@RestController
@RequestMapping("/api/v1/flags")
@Tag(name = "Flags", description = "Warning markers on people and locations")
@PreAuthorize("hasAnyRole('SYSTEM_CLIENT', 'POLICE_OFFICER', 'POLICE_SUPERVISOR', 'OFFENDER_MANAGER', 'SOCIAL_WORKER', "
        + "'SOCIAL_WORK_MANAGER', 'HUB_WORKER', 'HEALTH_PRACTITIONER', 'YOUTH_OFFENDING_WORKER', 'SECURE_MANAGER')")
class FlagsApi {
    private final Flags flags;

    FlagsApi(Flags flags) {
        this.flags = flags;
    }

    record FlagRequest(Long personId, Long locationId, String type, String reason, String ownerContact, LocalDate reviewOn,
                       LocalDate expiresOn, boolean ownerAgencyOnly) {
    }

    record Withdrawal(String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a flag on a person or a location")
    Map<String, Long> raise(@RequestBody FlagRequest f) {
        FlagType type;
        try {
            type = FlagType.valueOf(String.valueOf(f.type()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("type", "type must be one of " + java.util.Arrays.toString(FlagType.values()));
        }
        var user = CurrentUser.get();
        return Map.of("flagId", flags.raise(new FlagDraft(f.personId(), f.locationId(), type, f.reason(), user.agencyId(),
                f.ownerContact(), f.reviewOn(), f.expiresOn(), f.ownerAgencyOnly()), user.username()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a flag, with the reason; the flag stays in the history")
    Map<String, String> withdraw(@PathVariable long id, @RequestBody Withdrawal w) {
        flags.withdraw(id, w.reason(), CurrentUser.get().username(), CurrentUser.get().agencyId());
        return Map.of("status", "withdrawn");
    }
}
