package haven.intake.api;

import haven.access.CurrentUser;
import haven.access.Role;
import haven.access.Users;
import haven.identity.RecordRegistered;
import haven.intake.ImportReport;
import haven.intake.Intake;
import haven.intake.internal.ImportRuns;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Agencies send person records one at a time or as whole extracts; each for the caller's own agency. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Intake", description = "Person records and bulk extracts from agencies' systems")
class IntakeApi {
    private final Intake intake;
    private final ImportRuns runs;
    private final Users users;

    IntakeApi(Intake intake, ImportRuns runs, Users users) {
        this.intake = intake;
        this.runs = runs;
        this.users = users;
    }

    @PostMapping("/records")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_CLIENT', 'POLICE_OFFICER', 'POLICE_SUPERVISOR', 'CUSTODY_OFFICER', 'OFFENDER_MANAGER', "
            + "'SOCIAL_WORKER', 'SOCIAL_WORK_MANAGER', 'HUB_WORKER', 'HEALTH_PRACTITIONER', 'SCHOOL_SAFEGUARDING_LEAD', "
            + "'YOUTH_OFFENDING_WORKER', 'SECURE_STAFF', 'SECURE_MANAGER')")
    @Operation(summary = "Register or update one person record held by the caller's agency",
            description = "Fields as in the extract columns (snake_case or camelCase): source_system, source_id, given_names, "
                    + "family_name and lawful_basis are required. Sending the same source_system and source_id again updates "
                    + "the record, or changes nothing when the facts are the same.")
    RecordRegistered register(@RequestBody Map<String, String> record) {
        var user = CurrentUser.get();
        return intake.registerOne(user.agencyId(), record, user.username());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_CLIENT', 'ADMINISTRATOR')")
    @Operation(summary = "Import an agency extract (CSV with a header row, or a JSON array of objects)",
            description = "Idempotent on (agency, source system, source id): importing the same file twice changes nothing. "
                    + "The answer is the per-row report; a bad row is reported and never blocks the others. Agency systems "
                    + "import for their own agency; an administrator names the agency by code.")
    ImportReport importExtract(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "csv") String format,
                               @RequestParam(required = false) String agency) throws IOException {
        var user = CurrentUser.get();
        long agencyId = user.agencyId();
        if (agency != null && !agency.isBlank()) {
            if (!user.has(Role.ADMINISTRATOR) && !agency.equals(user.agencyCode())) {
                throw new Forbidden("An agency's system imports only its own agency's records.");
            }
            agencyId = users.agency(agency).orElseThrow(() -> new InvalidInput("agency", "No agency has the code " + agency)).id();
        }
        try (var in = file.getInputStream()) {
            return intake.importFile(agencyId, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                    format.toLowerCase(java.util.Locale.ROOT), in, user.username(), rows -> { });
        }
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_CLIENT', 'ADMINISTRATOR')")
    @Operation(summary = "The report of an earlier import")
    ImportReport report(@PathVariable long id) {
        return runs.report(id).orElseThrow(() -> new NotFound("There is no import " + id + "."));
    }
}
