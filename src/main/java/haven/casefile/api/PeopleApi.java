package haven.casefile.api;

import haven.access.CurrentUser;
import haven.casefile.CaseFiles;
import haven.casefile.Opened;
import haven.casefile.PersonFile;
import haven.identity.PersonQuery;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Person search and the person record for agencies' systems; every read is in the access log. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Search for persons and read what Haven holds about one, as the caller may see it")
class PeopleApi {
    private final CaseFiles caseFiles;
    private final haven.casefile.SubjectAccessExport exports;

    PeopleApi(CaseFiles caseFiles, haven.casefile.SubjectAccessExport exports) {
        this.caseFiles = caseFiles;
        this.exports = exports;
    }

    @GetMapping("/{id}/subject-access-export")
    @Operation(summary = "Everything held about a person, for a subject access request (managers only; logged as an export)")
    haven.casefile.SubjectAccessExport.Export export(@PathVariable long id,
                                                     @RequestHeader(name = "X-Haven-Reason", required = false) String reason) {
        return exports.export(CurrentUser.get(), id, reason);
    }

    @GetMapping
    @Operation(summary = "Search persons by name (typos and nicknames allowed), date of birth, identifier or address")
    List<CaseFiles.Found> search(@RequestParam(required = false) String name,
                                 @RequestParam(required = false) LocalDate dateOfBirth,
                                 @RequestParam(required = false) String identifier,
                                 @RequestParam(required = false) String address) {
        var query = new PersonQuery(name, dateOfBirth, identifier);
        if (query.isEmpty() && (address == null || address.isBlank())) {
            throw new InvalidInput("name", "Give a name, dateOfBirth, identifier or address to search by");
        }
        return caseFiles.search(CurrentUser.get(), query, address, 50);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a person's record: flags, agencies' records, chronology and links",
            description = "When the caller is not involved in the case, send the reason in the X-Haven-Reason header "
                    + "(at least 10 characters); the read is logged as a break-glass view for review. Without it the "
                    + "answer is 403 with the explanation.")
    ResponseEntity<?> person(@PathVariable long id,
                             @Parameter(description = "Why the caller needs the record, when not involved in the case")
                             @RequestHeader(name = "X-Haven-Reason", required = false) String reason) {
        var opened = caseFiles.open(CurrentUser.get(), id, reason, "api", null);
        if (opened instanceof Opened.Refused refused) {
            throw new Forbidden(refused.explanation());
        }
        if (opened instanceof Opened.NeedsReason needs) {
            var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, needs.explanation());
            problem.setTitle("A reason is required");
            problem.setProperty("errors", List.of(new haven.platform.web.FieldProblem("X-Haven-Reason",
                    "Say why you need this record, in at least 10 characters")));
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (opened instanceof Opened.Merged m) {
            var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Person " + m.personId() + " was merged into person " + m.intoPersonId() + "; read that person instead.");
            problem.setTitle("Merged into another person");
            problem.setProperty("mergedInto", m.intoPersonId());
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        PersonFile file = ((Opened.Shown) opened).file();
        return ResponseEntity.ok(file);
    }
}
